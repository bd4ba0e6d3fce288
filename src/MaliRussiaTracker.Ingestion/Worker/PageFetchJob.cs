using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>
/// Fetches one queued page and hands it to the intake; the queue row goes only once the article is stored
/// (or known), so a crash in between fetches the page again rather than losing it. A failure waits longer
/// each time; a page that can never be had (gone, not HTML, too large, unreadable) is given up at once, kept as
/// failed, and the feed's own text of it, when it has some, is stored as the article instead (marked so).
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
    private const int MaxErrorLength = 4000;

    public async Task ProcessAsync(long pendingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PendingPages.FindAsync([pendingId], cancellationToken) is not { } pending)
            return;

        var result = await fetcher.FetchAsync(pending.Url, cancellationToken);
        if (result is FetchedPage page)
        {
            var submission = page.ToSubmission();
            // What the page does not say, its feed entry may have.
            var outcome = await intake.SubmitAsync(submission with
            {
                Title = submission.Title ?? pending.FeedTitle,
                Author = submission.Author ?? pending.FeedAuthor,
                Published = submission.Published ?? PrintedDay(pending.FeedPublished),
            }, cancellationToken);
            if (outcome.Outcome == IntakeOutcome.Rejected)
            {
                // Fetching it again would be refused the same way: given up, kept with the reason.
                pending.Attempts++;
                await GiveUpAsync(pending, outcome.Reason ?? "refused by the intake", cancellationToken);
            }
            else
            {
                logger.LogInformation("Page {Url}: {Outcome} as article {ArticleId}", pending.Url, outcome.Outcome, outcome.ArticleId);
                db.PendingPages.Remove(pending);
            }
        }
        else if (result is PageFetchFailed failed)
        {
            await RecordFailureAsync(pending, failed.Failure, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// What the worker does with a page whose processing threw: the same as with any failure (its error, its wait, given
    /// up after the attempts), so it is neither lost nor taken again at every lease.
    /// </summary>
    public async Task RecordUnexpectedFailureAsync(long pendingId, Exception error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.PendingPages.FindAsync([pendingId], cancellationToken) is not { } pending)
            return;
        await RecordFailureAsync(pending, new FetchFailure(FetchFailureKind.Unexpected, $"an error in its processing: {error.GetType().Name}: {error.Message}"), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(PendingPage pending, FetchFailure failure, CancellationToken cancellationToken)
    {
        pending.Attempts++;
        if (IsForGood(failure) || pending.Attempts >= options.Value.PageAttempts)
        {
            await GiveUpAsync(pending, failure.Message, cancellationToken);
            return;
        }

        pending.LastError = Cut(failure.Message);
        var wait = TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks << Math.Min(pending.Attempts - 1, 20)));
        pending.NextAttemptAt = clock.GetUtcNow() + (failure.RetryAfter is { } asked && asked > wait ? asked : wait);
    }

    // Kept as failed for the admins, and, when its feed gave text of it, that text stored as the article.
    private async Task GiveUpAsync(PendingPage pending, string reason, CancellationToken cancellationToken)
    {
        pending.Status = PendingPageStatus.Failed;
        pending.LastError = Cut(reason);
        logger.LogWarning("Page {Url} given up after {Attempts} attempt(s): {Error}", pending.Url, pending.Attempts, reason);
        if (FeedText(pending) is not { } text)
            return;
        var outcome = await intake.SubmitAsync(new ArticleSubmission(text)
        {
            Url = pending.Url,
            Title = pending.FeedTitle,
            Author = pending.FeedAuthor,
            Published = PrintedDay(pending.FeedPublished),
            Raw = pending.FeedSummary,
            TextFromFeed = true,
        }, cancellationToken);
        if (outcome.Outcome is IntakeOutcome.Stored or IntakeOutcome.Duplicate)
            pending.LastError = Cut($"{reason} — the feed's own text was kept as article {outcome.ArticleId}");
    }

    // The feed's HTML read in one pass, without the article finder: a summary is short, and whatever it holds has no
    // more right to the finder's process than a page.
    private static string? FeedText(PendingPage pending)
    {
        var text = pending.FeedSummary is { Length: > 0 } html ? PlainTextReading.Read(html).Text : null;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    // The date as printed where it was published: 23:30 in Bamako is that day there, whatever UTC says.
    private static DateOnly? PrintedDay(DateTimeOffset? date) => date is { } printed ? DateOnly.FromDateTime(printed.DateTime) : null;

    private static string Cut(string message) => message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;

    private static bool IsForGood(FetchFailure failure) => failure.Kind switch
    {
        FetchFailureKind.InvalidUrl or FetchFailureKind.Refused or FetchFailureKind.NotHtml or FetchFailureKind.TooLarge or FetchFailureKind.RedirectLoop => true,
        // The same bytes would meet the same limits, budget or crash again.
        FetchFailureKind.Unreadable => true,
        FetchFailureKind.HttpStatus => failure.StatusCode is 404 or 410 or 401 or 403,
        _ => false,
    };
}
