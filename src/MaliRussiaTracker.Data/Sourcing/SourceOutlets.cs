using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Sourcing;

/// <summary>
/// Keeps the outlets behind each event and agreement (<see cref="EventOutlet"/>, <see cref="AgreementOutlet"/>) in
/// step with their mentions, for the ones an article touched: pairs the mentions back now are added, pairs they no
/// longer back go. Read from the mentions, like the counts, so whatever happened before, the pairs come out right.
/// </summary>
internal static class SourceOutlets
{
    // Rows a statement: two parameters each, far under either database's limit.
    private const int RowsPerInsert = 500;

    public static async Task RewriteAsync(TrackerDbContext db, IReadOnlyCollection<long> events, IReadOnlyCollection<long> agreements, CancellationToken cancellationToken)
    {
        if (events.Count > 0)
        {
            await RewriteAsync(
                db,
                db.Mentions.Where(m => m.EventId != null && events.Contains(m.EventId.Value) && m.State != ReviewState.Rejected)
                    .Join(db.Articles.Where(a => a.Outlet != null), m => m.ArticleId, a => a.Id, (m, a) => new Pair { Id = m.EventId!.Value, Outlet = a.Outlet! }),
                db.EventOutlets.Where(x => events.Contains(x.EventId)).Select(x => new Pair { Id = x.EventId, Outlet = x.Outlet }),
                gone => db.EventOutlets.Where(x => x.EventId == gone.Id && x.Outlet == gone.Outlet).ExecuteDeleteAsync(cancellationToken),
                "EventOutlets", "EventId", cancellationToken);
        }

        if (agreements.Count > 0)
        {
            await RewriteAsync(
                db,
                db.Mentions.Where(m => m.AgreementId != null && agreements.Contains(m.AgreementId.Value) && m.State != ReviewState.Rejected)
                    .Join(db.Articles.Where(a => a.Outlet != null), m => m.ArticleId, a => a.Id, (m, a) => new Pair { Id = m.AgreementId!.Value, Outlet = a.Outlet! }),
                db.AgreementOutlets.Where(x => agreements.Contains(x.AgreementId)).Select(x => new Pair { Id = x.AgreementId, Outlet = x.Outlet }),
                gone => db.AgreementOutlets.Where(x => x.AgreementId == gone.Id && x.Outlet == gone.Outlet).ExecuteDeleteAsync(cancellationToken),
                "AgreementOutlets", "AgreementId", cancellationToken);
        }
    }

    // The pairs the mentions back now against those stored: the ones gone are deleted, the new ones inserted.
    private static async Task RewriteAsync(
        TrackerDbContext db, IQueryable<Pair> backedNow, IQueryable<Pair> storedNow, Func<Pair, Task<int>> delete, string table, string idColumn, CancellationToken cancellationToken)
    {
        var backed = await backedNow.Distinct().ToListAsync(cancellationToken);
        var stored = await storedNow.ToListAsync(cancellationToken);
        foreach (var gone in stored.Except(backed))
            await delete(gone);
        await InsertAsync(db, table, idColumn, [.. backed.Except(stored)], cancellationToken);
    }

    // ON CONFLICT DO NOTHING, which both databases speak: two workers adding the same pair at once is no error, where
    // an EF Core insert would fail the second worker's whole transaction on the key.
    private static async Task InsertAsync(TrackerDbContext db, string table, string idColumn, IReadOnlyList<Pair> pairs, CancellationToken cancellationToken)
    {
        foreach (var chunk in pairs.Chunk(RowsPerInsert))
        {
            var values = string.Join(", ", chunk.Select((_, i) => "({" + (2 * i) + "}, {" + (2 * i + 1) + "})"));
            var sql = "INSERT INTO \"" + table + "\" (\"" + idColumn + "\", \"Outlet\") VALUES " + values + " ON CONFLICT DO NOTHING";
            await db.Database.ExecuteSqlRawAsync(sql, chunk.SelectMany(p => new object[] { p.Id, p.Outlet }), cancellationToken);
        }
    }

    // A record-like class with an initializer: EF Core composes Distinct on member inits, and Except compares by value.
    private sealed record Pair
    {
        public long Id { get; init; }
        public required string Outlet { get; init; }
    }
}
