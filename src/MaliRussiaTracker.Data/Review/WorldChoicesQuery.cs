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
        IQueryable<Choice> choices = kind switch
        {
            FindingKind.Actor or FindingKind.Quote => db.Actors.Where(a => !confirmedOnly || a.Status == EntryStatus.Confirmed).Where(a => a.Name.ToLower().Contains(text) || a.Slug.Contains(text) || a.Aliases.Any(l => l.Text.ToLower().Contains(text)))
                .Select(a => new Choice { Key = a.Slug, Name = a.Name, IsCandidate = a.Status == EntryStatus.Candidate }),
            FindingKind.Place => db.Places.Where(p => !confirmedOnly || p.Status == EntryStatus.Confirmed).Where(p => p.Name.ToLower().Contains(text) || p.Slug.Contains(text))
                .Select(p => new Choice { Key = p.Slug, Name = p.Name, IsCandidate = p.Status == EntryStatus.Candidate }),
            FindingKind.Event => db.Events.Where(e => !confirmedOnly || e.Status == EntryStatus.Confirmed).Where(e => e.Title.ToLower().Contains(text) || e.Key.Contains(text))
                .Select(e => new Choice { Key = e.Key, Name = e.Title, IsCandidate = e.Status == EntryStatus.Candidate }),
            FindingKind.Agreement => db.Agreements.Where(a => !confirmedOnly || a.Status == EntryStatus.Confirmed).Where(a => a.Title.ToLower().Contains(text) || a.Key.Contains(text))
                .Select(a => new Choice { Key = a.Key, Name = a.Title, IsCandidate = a.Status == EntryStatus.Candidate }),
            _ => Enumerable.Empty<Choice>().AsQueryable(),
        };
        if (kind == FindingKind.Date)
            return [];
        var found = await choices.AsNoTracking().OrderBy(c => c.IsCandidate).ThenBy(c => c.Name).Take(most).ToListAsync(cancellationToken);
        return [.. found.Select(c => new WorldChoice(c.Key, c.Name, c.IsCandidate))];
    }

    // EF Core cannot order by a member of a record built by its constructor: the query's rows are this class.
    private sealed class Choice
    {
        public required string Key { get; init; }
        public required string Name { get; init; }
        public bool IsCandidate { get; init; }
    }
}
