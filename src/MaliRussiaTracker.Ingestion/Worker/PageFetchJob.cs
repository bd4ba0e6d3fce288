using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>
/// Fetches one queued page and hands it to the intake; the queue row goes only once the article is stored
/// (or known), so a crash in between fetches the page again rather than losing it. A failure waits longer
/// each time; a page that can never be had (gone, not HTML, too large) is given up at once, kept as failed.
/// </summary>
public sealed class PageFetchJob(
    IDbContextFactory<TrackerDbContext> contexts,
    PageFetcher fetcher,
    ArticleIntake intake,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<PageFetchJob> logger)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(6);

    public async Task ProcessAsync(long pendingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PendingPages.FindAsync([pendingId], cancellationToken) is not { } pending)
            return;

        var result = await fetcher.FetchAsync(pending.Url, cancellationToken);
        if (result is FetchedPage page)
        {
            var submission = page.ToSubmission();
            var outcome = await intake.SubmitAsync(submission with { Title = submission.Title ?? pending.FeedTitle }, cancellationToken);
            if (outcome.Outcome == IntakeOutcome.Rejected)
            {
                // Fetching it again would be refused the same way: given up, kept with the reason.
                pending.Attempts++;
                pending.Status = PendingPageStatus.Failed;
                pending.LastError = outcome.Reason is { Length: > 4000 } reason ? reason[..4000] : outcome.Reason;
                logger.LogWarning("Page {Url} given up: {Reason}", pending.Url, outcome.Reason);
            }
            else
            {
                logger.LogInformation("Page {Url}: {Outcome} as article {ArticleId}", pending.Url, outcome.Outcome, outcome.ArticleId);
                db.PendingPages.Remove(pending);
            }
        }
        else if (result is PageFetchFailed failed)
        {
            pending.Attempts++;
            pending.LastError = failed.Failure.Message.Length > 4000 ? failed.Failure.Message[..4000] : failed.Failure.Message;
            if (IsForGood(failed.Failure) || pending.Attempts >= options.Value.PageAttempts)
            {
                pending.Status = PendingPageStatus.Failed;
                logger.LogWarning("Page {Url} given up after {Attempts} attempt(s): {Error}", pending.Url, pending.Attempts, pending.LastError);
            }
            else
            {
                var wait = TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(pending.Attempts - 1, 20)));
                pending.NextAttemptAt = clock.GetUtcNow() + (failed.Failure.RetryAfter is { } asked && asked > wait ? asked : wait);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsForGood(FetchFailure failure) => failure.Kind switch
    {
        FetchFailureKind.InvalidUrl or FetchFailureKind.Refused or FetchFailureKind.NotHtml or FetchFailureKind.TooLarge or FetchFailureKind.RedirectLoop => true,
        // The same bytes would meet the same limits, budget or crash again.
        FetchFailureKind.Unreadable => true,
        FetchFailureKind.HttpStatus => failure.StatusCode is 404 or 410 or 401 or 403,
        _ => false,
    };
}
