using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>
/// Polls one feed: its new entries' pages go on the page queue (an entry with no link goes straight to the
/// intake with the feed's own text), and the feed's polling state records the outcome.
/// </summary>
public sealed class FeedPoller(
    IDbContextFactory<TrackerDbContext> contexts,
    FeedReader reader,
    FeedSchedule schedule,
    PageQueue pages,
    ArticleIntake intake,
    ExtractorProcesses extractors,
    ILogger<FeedPoller> logger)
{
    public async Task PollAsync(long feedId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Feeds.FindAsync([feedId], cancellationToken) is not { } feed)
            return;
        var result = await reader.ReadAsync(feed, cancellationToken);
        if (result is FeedUpdated updated)
        {
            var queued = 0;
            foreach (var entry in updated.Entries)
            {
                if (entry.Link is { } link)
                {
                    if (await pages.EnqueueAsync(link.AbsoluteUri, feed.Id, entry, cancellationToken) == EnqueueOutcome.Queued)
                        queued++;
                }
                else if ((entry.ContentHtml ?? entry.SummaryHtml) is { Length: > 0 } html)
                {
                    if (await extractors.ExtractAsync(html, updated.FinalUrl, cancellationToken) is ArticleExtracted { Article.Text: var text } && !string.IsNullOrWhiteSpace(text))
                        await intake.SubmitAsync(new ArticleSubmission(text)
                        {
                            Title = entry.Title, Outlet = feed.Title ?? updated.Title, Author = entry.Author, Raw = html, TextFromFeed = true,
                            Published = entry.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
                        }, cancellationToken);
                }
            }

            logger.LogInformation("Feed {FeedId} ({Url}): {Entries} entries, {Queued} new page(s) queued", feed.Id, feed.Url, updated.Entries.Count, queued);
        }
        else if (result is FeedFailed failed)
        {
            logger.LogWarning("Feed {FeedId} ({Url}) failed ({Kind}): {Message}", feed.Id, feed.Url, failed.Failure.Kind, failed.Failure.Message);
        }

        schedule.Record(feed, result);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// What the worker does with a feed whose processing threw: its error state and its backoff, as for any failure,
    /// so it shows on the admin's page and is not taken again at every lease.
    /// </summary>
    public async Task RecordUnexpectedFailureAsync(long feedId, Exception error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Feeds.FindAsync([feedId], cancellationToken) is not { } feed)
            return;
        schedule.Record(feed, new FeedFailed(new Http.FetchFailure(Http.FetchFailureKind.Unexpected, $"An error in its processing: {error.GetType().Name}: {error.Message}")));
        await db.SaveChangesAsync(cancellationToken);
    }
}
