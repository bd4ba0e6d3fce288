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
        await HoldAsync(db, events, agreements, cancellationToken);
        if (events.Count > 0)
        {
            var counts = await CountEventsAsync(db, events, db.Articles, cancellationToken);
            foreach (var ev in await db.Events.Where(e => events.Contains(e.Id)).ToListAsync(cancellationToken))
                ev.Sources = counts.GetValueOrDefault(ev.Id) ?? new Corroboration();
        }

        if (agreements.Count > 0)
        {
            var counts = await CountAgreementsAsync(db, agreements, db.Articles, cancellationToken);
            foreach (var agreement in await db.Agreements.Where(a => agreements.Contains(a.Id)).ToListAsync(cancellationToken))
                agreement.Sources = counts.GetValueOrDefault(agreement.Id) ?? new Corroboration();
        }

        await SourceOutlets.RewriteAsync(db, events, agreements, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    // Two writers counting one event side by side (PostgreSQL lets them) would each miss the other's new article,
    // and the last to write would leave it short. So the rows are taken first, by writing them unchanged: a writer
    // that comes second waits for the first to commit, then counts with its articles in sight (each statement sees
    // what was committed before it began). Taken in one order (events before agreements, each in the order the
    // table is walked), so two counting writers do not wait on each other in a circle; a writer caught in one with
    // other rows is rolled back and its chunk taken again (ArticleIntake). Where transactions run one at a time, it
    // costs a write of rows about to be written anyway.
    private static async Task HoldAsync(TrackerDbContext db, IReadOnlyCollection<long> events, IReadOnlyCollection<long> agreements, CancellationToken cancellationToken)
    {
        if (events.Count > 0)
            await db.Events.Where(e => events.Contains(e.Id)).ExecuteUpdateAsync(set => set.SetProperty(e => e.Key, e => e.Key), cancellationToken);
        if (agreements.Count > 0)
            await db.Agreements.Where(a => agreements.Contains(a.Id)).ExecuteUpdateAsync(set => set.SetProperty(a => a.Key, a => a.Key), cancellationToken);
    }

    /// <summary>
    /// The sources of these events as the given articles alone back them: all of them for the stored counts, or the
    /// ones a timeline's outlet filter keeps (« sans les médias d'État russes »).
    /// </summary>
    public static Task<Dictionary<long, Corroboration>> CountEventsAsync(TrackerDbContext db, IReadOnlyCollection<long> events, IQueryable<Article> articles, CancellationToken cancellationToken) =>
        CountAsync(db.Mentions.Where(m => m.EventId != null && events.Contains(m.EventId.Value)).Select(m => new Backing { TargetId = m.EventId!.Value, ArticleId = m.ArticleId, State = m.State }), articles, cancellationToken);

    public static Task<Dictionary<long, Corroboration>> CountAgreementsAsync(TrackerDbContext db, IReadOnlyCollection<long> agreements, IQueryable<Article> articles, CancellationToken cancellationToken) =>
        CountAsync(db.Mentions.Where(m => m.AgreementId != null && agreements.Contains(m.AgreementId.Value)).Select(m => new Backing { TargetId = m.AgreementId!.Value, ArticleId = m.ArticleId, State = m.State }), articles, cancellationToken);

    // Outlets are told apart by the outlet identified where there is one, else by the name the article came with:
    // « RFI » and « Radio France Internationale » are one outlet. Voices are the articles' Voice (decision 0013): the
    // lowest and highest voice are equal when only one voice speaks, which names it without a second query.
    private static async Task<Dictionary<long, Corroboration>> CountAsync(IQueryable<Backing> backing, IQueryable<Article> articles, CancellationToken cancellationToken)
    {
        var rows = await backing
            .Where(b => b.State != ReviewState.Rejected)
            .Join(articles, b => b.ArticleId, a => a.Id, (b, a) => new
            {
                b.TargetId, a.Id, a.StoryId, a.Voice, a.AgencyId,
                Outlet = a.OutletId != null ? "#" + a.OutletId : a.Outlet,
            })
            .GroupBy(x => x.TargetId)
            .Select(g => new
            {
                g.Key,
                Stories = g.Select(x => x.StoryId).Distinct().Count(),
                Outlets = g.Select(x => x.Outlet).Distinct().Count(),
                Articles = g.Select(x => x.Id).Distinct().Count(),
                Voices = g.Select(x => x.Voice).Distinct().Count(),
                LowestVoice = g.Min(x => x.Voice),
                HighestVoice = g.Max(x => x.Voice),
                Reprints = g.Count(x => x.AgencyId != null),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => new Corroboration
        {
            Stories = r.Stories, Outlets = r.Outlets, Articles = r.Articles, Voices = r.Voices, Reprints = r.Reprints,
            SoleVoice = r.Voices == 1 && r.LowestVoice == r.HighestVoice ? r.LowestVoice : null,
        });
    }

    // Built with an initializer, not a constructor: EF Core can compose further queries on member inits only.
    private sealed class Backing
    {
        public long TargetId { get; init; }
        public long ArticleId { get; init; }
        public ReviewState State { get; init; }
    }
}
