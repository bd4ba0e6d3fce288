using System.Text;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// The one door every article comes in by: it stores a new article as pending for the engine and turns away
/// an exact duplicate (same canonical URL or same text), naming the article it duplicates.
/// </summary>
public sealed class ArticleIntake(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ILogger<ArticleIntake> logger)
{
    public async Task<IntakeResult> SubmitAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.Text, nameof(submission));
        var text = submission.Text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n");
        var hash = ContentKeys.HashText(text);
        var canonicalUrl = ContentKeys.CanonicalUrl(submission.Url);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindDuplicateAsync(db, hash, canonicalUrl, cancellationToken) is { } known)
            return known;

        var article = new Article
        {
            Url = submission.Url,
            CanonicalUrl = canonicalUrl,
            ContentHash = hash,
            Title = submission.Title,
            Outlet = submission.Outlet,
            Published = submission.Published,
            RawText = submission.Raw ?? submission.Text,
            CleanText = text,
            Status = ArticleStatus.Pending,
            ReceivedAt = clock.GetUtcNow(),
            ImportBatchId = submission.ImportBatchId,
        };
        db.Articles.Add(article);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IntakeResult(IntakeOutcome.Stored, article.Id);
        }
        catch (DbUpdateException e)
        {
            // Another writer stored the same article between our check and our insert: the unique index said no.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            if (await FindDuplicateAsync(again, hash, canonicalUrl, cancellationToken) is { } winner)
            {
                logger.LogDebug(e, "Article {Url} was stored concurrently as {ArticleId}", submission.Url, winner.ArticleId);
                return winner;
            }

            throw;
        }
    }

    private static async Task<IntakeResult?> FindDuplicateAsync(TrackerDbContext db, string hash, string? canonicalUrl, CancellationToken cancellationToken)
    {
        if (canonicalUrl is not null)
        {
            var byUrl = await db.Articles.Where(a => a.CanonicalUrl == canonicalUrl).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (byUrl is { } urlId)
                return new IntakeResult(IntakeOutcome.Duplicate, urlId, $"same URL as article {urlId}");
        }

        var byText = await db.Articles.Where(a => a.ContentHash == hash).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return byText is { } textId ? new IntakeResult(IntakeOutcome.Duplicate, textId, $"same text as article {textId}") : null;
    }
}
