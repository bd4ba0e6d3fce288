using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Outlets;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// Gives the stored articles with no outlet yet (those stored before the registry, or before an outlet was added
/// to it) their outlet, agency and voice, as the intake would have, and counts again what they back.
/// </summary>
public sealed class OutletBackfill(IDbContextFactory<TrackerDbContext> contexts, AnalysisEngine engine, ILogger<OutletBackfill> logger)
{
    // A chunk's articles are loaded whole (the text is a clue), so a chunk stays small.
    private const int Chunk = 500;

    /// <summary>Identifies every article with no outlet, a chunk a transaction; returns how many got one (or an agency).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var loaded = await engine.GetAsync(cancellationToken);
        var identified = 0;
        var after = 0L;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var articles = await db.Articles.Where(a => a.Id > after && a.OutletId == null).OrderBy(a => a.Id).Take(Chunk).ToListAsync(cancellationToken);
            if (articles.Count == 0)
                break;
            after = articles[^1].Id;

            var assigner = new OutletAssigner(db, loaded.World);
            await assigner.AssignAsync([.. articles.Select(a => (a, Clues(a)))], cancellationToken);
            // The new candidates first, for their ids; then the articles that name them.
            await db.SaveChangesAsync(cancellationToken);
            assigner.TakeCandidateIds();
            await db.SaveChangesAsync(cancellationToken);

            var changed = articles.Where(a => a.OutletId is not null || a.AgencyId is not null).Select(a => a.Id).ToList();
            identified += changed.Count;
            if (changed.Count > 0)
            {
                var backed = db.Mentions.Where(m => changed.Contains(m.ArticleId) && m.State != ReviewState.Rejected);
                var events = await backed.Where(m => m.EventId != null).Select(m => m.EventId!.Value).Distinct().ToListAsync(cancellationToken);
                var agreements = await backed.Where(m => m.AgreementId != null).Select(m => m.AgreementId!.Value).Distinct().ToListAsync(cancellationToken);
                await CorroborationCounter.RecountAsync(db, events, agreements, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (identified > 0)
            logger.LogInformation("Identified the outlet of {Count} stored article(s)", identified);
        return identified;
    }

    // The intake's clues but the byline the engine read: reading every stored text again would cost more than the
    // rest of the backfill, and the page's domain and given name find most outlets.
    private static OutletClues Clues(Article article) => new() { Url = article.Url, GivenName = article.Outlet, Title = article.Title, Text = article.CleanText };
}
