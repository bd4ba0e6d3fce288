using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Sources;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Outlets;

/// <summary>A line of the outlet list: who it is, whose voice it carries, how many articles it has.</summary>
public sealed record OutletRow(string Slug, string Name, OutletKind Kind, string OwnerGroup, string? OwnerName, string? Country, string? Language, EntryStatus Status, int Articles);

/// <summary>An event that only this outlet, or only its owner group, reports; and the outlet that reported it first.</summary>
public sealed record OutletEvent(string Key, string Title, PartialDate Date, bool OutletAlone, bool GroupAlone, string? FirstOutlet);

public sealed record OutletView(
    string Slug, string Name, OutletKind Kind, string OwnerGroup, string? OwnerName, string? OwnerSource, DateOnly? OwnerDate,
    string? Country, string? Language, EntryStatus Status, IReadOnlyList<string> Variants, IReadOnlyList<string> Domains,
    int Articles, IReadOnlyList<SourceArticle> Latest, IReadOnlyList<OutletEvent> Events);

/// <summary>The outlet registry as the pages show it: the list with counts, and one outlet with its articles and events.</summary>
public sealed class OutletQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    private const int MostEvents = 100;

    public async Task<IReadOnlyList<OutletRow>> ListAsync(bool withCandidates, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outlets = db.Outlets.AsNoTracking();
        if (!withCandidates)
            outlets = outlets.Where(o => o.Status == EntryStatus.Confirmed);
        var counts = await db.Articles.AsNoTracking().Where(a => a.OutletId != null).GroupBy(a => a.OutletId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var rows = await outlets.OrderBy(o => o.Name)
            .Select(o => new { o.Id, Row = new OutletRow(o.Slug, o.Name, o.Kind, o.OwnerGroup, o.OwnerName, o.Country, o.Language, o.Status, 0) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.Row with { Articles = counts.GetValueOrDefault(r.Id) })];
    }

    public async Task<OutletView?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outlet = await db.Outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (outlet is null)
            return null;
        var articleIds = db.Articles.Where(a => a.OutletId == outlet.Id).Select(a => a.Id);
        var count = await articleIds.CountAsync(cancellationToken);
        var latest = await SourceLookup.ArticlesAsync(db, db.Articles.Where(a => a.OutletId == outlet.Id).OrderByDescending(a => a.Id).Take(SourceLookup.MostArticles).Select(a => a.Id), cancellationToken);
        return new OutletView(outlet.Slug, outlet.Name, outlet.Kind, outlet.OwnerGroup, outlet.OwnerName, outlet.OwnerSource, outlet.OwnerDate,
            outlet.Country, outlet.Language, outlet.Status, outlet.Variants, outlet.Domains, count, latest, await EventsAsync(db, outlet, cancellationToken));
    }

    // The events its articles back; for each, whether every other backing article is of this outlet or of its owner
    // group, and which outlet's article came first (by publication day, else arrival).
    private static async Task<List<OutletEvent>> EventsAsync(TrackerDbContext db, Outlet outlet, CancellationToken cancellationToken)
    {
        var voice = outlet.Voice;
        var events = await db.Mentions.AsNoTracking()
            .Where(m => m.EventId != null && m.State != ReviewState.Rejected && db.Articles.Any(a => a.Id == m.ArticleId && a.OutletId == outlet.Id))
            .Select(m => m.Event!).Distinct()
            .OrderBy(e => e.Date).ThenBy(e => e.Key).Take(MostEvents)
            .Select(e => new { e.Id, e.Key, e.Title, e.Date })
            .ToListAsync(cancellationToken);
        var ids = events.Select(e => e.Id).ToList();
        var backing = await db.Mentions.AsNoTracking()
            .Where(m => m.EventId != null && ids.Contains(m.EventId.Value) && m.State != ReviewState.Rejected)
            .Join(db.Articles, m => m.ArticleId, a => a.Id, (m, a) => new { EventId = m.EventId!.Value, a.OutletId, a.Outlet, a.Voice, a.Published, a.ReceivedAt })
            .ToListAsync(cancellationToken);
        var outletIds = backing.Select(b => b.OutletId).OfType<long>().Distinct().ToList();
        var names = await db.Outlets.AsNoTracking().Where(o => outletIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. events.Select(e =>
        {
            var rows = backing.Where(b => b.EventId == e.Id).ToList();
            var first = rows.OrderBy(b => b.Published ?? DateOnly.FromDateTime(b.ReceivedAt.UtcDateTime)).ThenBy(b => b.ReceivedAt).FirstOrDefault();
            var firstName = first?.OutletId is { } id && names.TryGetValue(id, out var name) ? name : first?.Outlet;
            return new OutletEvent(e.Key, e.Title, e.Date, rows.All(b => b.OutletId == outlet.Id), rows.All(b => b.Voice == voice), firstName);
        })];
    }
}
