using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// Reads a stored article again with the world as it is now (an editor added an alias, confirmed an actor).
/// The machine's old suggestions make way for new ones; what an editor confirmed or rejected stays as it is,
/// and the engine does not suggest it again. The article keeps its story.
/// </summary>
public sealed class ArticleReanalysis(IDbContextFactory<TrackerDbContext> contexts, AnalysisEngine engine, TimeProvider clock)
{
    /// <summary>Who the audit names for the engine's own changes.</summary>
    public const string Machine = "(analyse automatique)";

    public async Task ReanalyseAsync(long articleId, CancellationToken cancellationToken)
    {
        var loaded = await engine.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles
            .Include(a => a.Story).Include(a => a.Mentions).Include(a => a.DatedFacts).Include(a => a.Quotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new KeyNotFoundException($"There is no article {articleId}.");

        var eventsBefore = article.Mentions.Select(m => m.EventId).OfType<long>().ToList();
        var agreementsBefore = article.Mentions.Select(m => m.AgreementId).OfType<long>().ToList();
        Forget(db, article.Mentions);
        Forget(db, article.DatedFacts);
        Forget(db, article.Quotes);

        FindingsWriter? findings = null;
        var reading = loaded.Analyzer.Read(article.Url ?? $"article {article.Id}", article.CleanText);
        if (reading.Error is { } error)
        {
            article.Status = ArticleStatus.Failed;
            article.StatusReason = error;
        }
        else
        {
            var analysis = loaded.Analyzer.Complete(reading, article.Story?.MainDate, article.Story?.Key);
            findings = new FindingsWriter(db, loaded.World, clock.GetUtcNow());
            await findings.ApplyAsync(article, analysis, cancellationToken);
            eventsBefore.AddRange(findings.TouchedEvents);
            agreementsBefore.AddRange(findings.TouchedAgreements);
        }

        // In the article's history, so an editor whose save it overtook sees why the article changed.
        AuditTrail.Record(db, new ChangeAuthor(Machine, clock.GetUtcNow()), "Article", article.Id.ToString(), "reanalysed", null, null, article.Id);
        await db.SaveChangesAsync(cancellationToken);
        eventsBefore.AddRange(findings?.SavedCandidateEvents ?? []);
        await CorroborationCounter.RecountAsync(db, [.. eventsBefore.Distinct()], [.. agreementsBefore.Distinct()], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Forget<T>(TrackerDbContext db, List<T> findings) where T : class, IReviewed
    {
        var suggested = findings.Where(f => f.State == ReviewState.Suggested).ToList();
        foreach (var finding in suggested)
        {
            findings.Remove(finding);
            db.Remove(finding);
        }
    }
}
