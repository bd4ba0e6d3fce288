using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Sourcing;

/// <summary>
/// Counts again, for the events and agreements an article touched, the stories, outlets and articles behind
/// them (rejected mentions do not count), and the outlets behind them (<see cref="SourceOutlets"/>). Counting from the mentions, rather than adding one, keeps the
/// figures right whatever happened before: a re-analysis, an editor's rejection, a retried chunk.
/// </summary>
public static class CorroborationCounter
{
    public static async Task RecountAsync(TrackerDbContext db, IReadOnlyCollection<long> events, IReadOnlyCollection<long> agreements, CancellationToken cancellationToken)
    {
        if (events.Count > 0)
        {
            var counts = await CountAsync(db, db.Mentions.Where(m => m.EventId != null && events.Contains(m.EventId.Value)).Select(m => new Backing { TargetId = m.EventId!.Value, ArticleId = m.ArticleId, State = m.State }), cancellationToken);
            foreach (var ev in await db.Events.Where(e => events.Contains(e.Id)).ToListAsync(cancellationToken))
                ev.Sources = counts.GetValueOrDefault(ev.Id) ?? new Corroboration();
        }

        if (agreements.Count > 0)
        {
            var counts = await CountAsync(db, db.Mentions.Where(m => m.AgreementId != null && agreements.Contains(m.AgreementId.Value)).Select(m => new Backing { TargetId = m.AgreementId!.Value, ArticleId = m.ArticleId, State = m.State }), cancellationToken);
            foreach (var agreement in await db.Agreements.Where(a => agreements.Contains(a.Id)).ToListAsync(cancellationToken))
                agreement.Sources = counts.GetValueOrDefault(agreement.Id) ?? new Corroboration();
        }

        await SourceOutlets.RewriteAsync(db, events, agreements, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<Dictionary<long, Corroboration>> CountAsync(TrackerDbContext db, IQueryable<Backing> backing, CancellationToken cancellationToken)
    {
        var rows = await backing
            .Where(b => b.State != ReviewState.Rejected)
            .Join(db.Articles, b => b.ArticleId, a => a.Id, (b, a) => new { b.TargetId, a.Id, a.StoryId, a.Outlet })
            .GroupBy(x => x.TargetId)
            .Select(g => new
            {
                g.Key,
                Stories = g.Select(x => x.StoryId).Distinct().Count(),
                Outlets = g.Select(x => x.Outlet).Distinct().Count(),
                Articles = g.Select(x => x.Id).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => new Corroboration { Stories = r.Stories, Outlets = r.Outlets, Articles = r.Articles });
    }

    // Built with an initializer, not a constructor: EF Core can compose further queries on member inits only.
    private sealed class Backing
    {
        public long TargetId { get; init; }
        public long ArticleId { get; init; }
        public ReviewState State { get; init; }
    }
}
