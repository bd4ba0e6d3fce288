using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Review;

/// <summary>An entry of the world an editor can pick: its slug or key, and what a person reads.</summary>
public sealed record WorldChoice(string Key, string Name, bool IsCandidate);

/// <summary>
/// The entries whose name or key contains what an editor typed, for the correction boxes of the review page and the
/// merge boxes of the world pages: confirmed entries first, a few at a time, never the whole world.
/// </summary>
public sealed class WorldChoicesQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<IReadOnlyList<WorldChoice>> FindAsync(FindingKind kind, string? typed, int most, CancellationToken cancellationToken)
    {
        var text = (typed ?? "").Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Ordered and cut on the entities, before the projection: EF Core cannot order by a member of a record it
        // builds through a constructor (the query would fail to translate, and the boxes would offer nothing).
        IQueryable<WorldChoice>? choices = kind switch
        {
            FindingKind.Actor or FindingKind.Quote => db.Actors
                .Where(a => a.Name.ToLower().Contains(text) || a.Slug.Contains(text) || a.Aliases.Any(l => l.Text.ToLower().Contains(text)))
                .OrderBy(a => a.Status == EntryStatus.Candidate).ThenBy(a => a.Name).Take(most)
                .Select(a => new WorldChoice(a.Slug, a.Name, a.Status == EntryStatus.Candidate)),
            FindingKind.Place => db.Places.Where(p => p.Name.ToLower().Contains(text) || p.Slug.Contains(text))
                .OrderBy(p => p.Status == EntryStatus.Candidate).ThenBy(p => p.Name).Take(most)
                .Select(p => new WorldChoice(p.Slug, p.Name, p.Status == EntryStatus.Candidate)),
            FindingKind.Event => db.Events.Where(e => e.Title.ToLower().Contains(text) || e.Key.Contains(text))
                .OrderBy(e => e.Status == EntryStatus.Candidate).ThenBy(e => e.Title).Take(most)
                .Select(e => new WorldChoice(e.Key, e.Title, e.Status == EntryStatus.Candidate)),
            FindingKind.Agreement => db.Agreements.Where(a => a.Title.ToLower().Contains(text) || a.Key.Contains(text))
                .OrderBy(a => a.Status == EntryStatus.Candidate).ThenBy(a => a.Title).Take(most)
                .Select(a => new WorldChoice(a.Key, a.Title, a.Status == EntryStatus.Candidate)),
            _ => null,
        };
        return choices is null ? [] : await choices.AsNoTracking().ToListAsync(cancellationToken);
    }
}
