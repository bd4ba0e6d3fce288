using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Review;

/// <summary>An entry of the world an editor can pick: its slug or key, and what a person reads.</summary>
public sealed record WorldChoice(string Key, string Name, bool IsCandidate);

/// <summary>
/// The entries whose name or key contains what an editor typed, for the correction boxes of the review page:
/// confirmed entries first, a few at a time, never the whole world.
/// </summary>
public sealed class WorldChoicesQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public Task<IReadOnlyList<WorldChoice>> FindAsync(FindingKind kind, string? typed, int most, CancellationToken cancellationToken) =>
        FindAsync(kind, typed, most, confirmedOnly: false, cancellationToken);

    /// <param name="confirmedOnly">Only confirmed entries: what a candidate may be merged into.</param>
    public async Task<IReadOnlyList<WorldChoice>> FindAsync(FindingKind kind, string? typed, int most, bool confirmedOnly, CancellationToken cancellationToken)
    {
        var text = (typed ?? "").Trim().ToLowerInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        IQueryable<WorldChoice> choices = kind switch
        {
            FindingKind.Actor or FindingKind.Quote => db.Actors.Where(a => !confirmedOnly || a.Status == EntryStatus.Confirmed).Where(a => a.Name.ToLower().Contains(text) || a.Slug.Contains(text) || a.Aliases.Any(l => l.Text.ToLower().Contains(text)))
                .Select(a => new WorldChoice(a.Slug, a.Name, a.Status == EntryStatus.Candidate)),
            FindingKind.Place => db.Places.Where(p => !confirmedOnly || p.Status == EntryStatus.Confirmed).Where(p => p.Name.ToLower().Contains(text) || p.Slug.Contains(text))
                .Select(p => new WorldChoice(p.Slug, p.Name, p.Status == EntryStatus.Candidate)),
            FindingKind.Event => db.Events.Where(e => !confirmedOnly || e.Status == EntryStatus.Confirmed).Where(e => e.Title.ToLower().Contains(text) || e.Key.Contains(text))
                .Select(e => new WorldChoice(e.Key, e.Title, e.Status == EntryStatus.Candidate)),
            FindingKind.Agreement => db.Agreements.Where(a => !confirmedOnly || a.Status == EntryStatus.Confirmed).Where(a => a.Title.ToLower().Contains(text) || a.Key.Contains(text))
                .Select(a => new WorldChoice(a.Key, a.Title, a.Status == EntryStatus.Candidate)),
            _ => Enumerable.Empty<WorldChoice>().AsQueryable(),
        };
        if (kind == FindingKind.Date)
            return [];
        return await choices.AsNoTracking().OrderBy(c => c.IsCandidate).ThenBy(c => c.Name).Take(most).ToListAsync(cancellationToken);
    }
}
