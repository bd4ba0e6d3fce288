using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Http;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>
/// Writes a poll's outcome into the feed's polling state: when it is next due, its validators, its error state.
/// A success schedules the next poll one interval away; each failure in a row doubles the wait, up to
/// <see cref="FetchingOptions.MaxBackoff"/>, and a server's Retry-After is honoured (within the same cap).
/// </summary>
public sealed class FeedSchedule(TimeProvider clock, IOptions<FetchingOptions> options)
{
    // The columns' sizes (FeedConfiguration): a validator too long to store is dropped rather than cut, since a
    // cut ETag would never match again; an error message is cut, since a person reads only its start.
    private const int MaxETagLength = 500;
    private const int MaxLastModifiedLength = 100;
    private const int MaxErrorLength = 4000;

    public void Record(Feed feed, FeedReadResult result)
    {
        var now = clock.GetUtcNow();
        var interval = Interval(feed);
        feed.LastCheckedAt = now;
        switch (result)
        {
            case FeedNotModified notModified:
                // A 304 may carry fresh validators; when it carries none, the stored ones still hold.
                feed.ETag = Fit(notModified.ETag, MaxETagLength) ?? feed.ETag;
                feed.LastModified = Fit(notModified.LastModified, MaxLastModifiedLength) ?? feed.LastModified;
                Succeeded(feed, now + interval);
                break;
            case FeedUpdated updated:
                feed.ETag = Fit(updated.ETag, MaxETagLength);
                feed.LastModified = Fit(updated.LastModified, MaxLastModifiedLength);
                if (string.IsNullOrWhiteSpace(feed.Title) && updated.Title is { } title)
                    feed.Title = title.Length > 500 ? title[..500] : title;
                Succeeded(feed, now + interval);
                break;
            case FeedFailed failed:
                feed.ErrorCount++;
                feed.LastError = failed.Failure.Message.Length > MaxErrorLength ? failed.Failure.Message[..MaxErrorLength] : failed.Failure.Message;
                feed.NextCheckAt = now + Backoff(interval, feed.ErrorCount, failed.Failure.RetryAfter);
                break;
            default:
                throw new ArgumentException($"Unknown poll outcome {result.GetType().Name}.", nameof(result));
        }
    }

    /// <summary>The wait after the <paramref name="errorCount"/>-th failure in a row: never less than the poll interval.</summary>
    private TimeSpan Backoff(TimeSpan interval, int errorCount, TimeSpan? retryAfter)
    {
        var cap = options.Value.MaxBackoff;
        // In doubles: a long interval doubled a few dozen times would overflow a long's ticks.
        var doubled = TimeSpan.FromTicks((long)Math.Min(cap.Ticks, interval.Ticks * Math.Pow(2, Math.Min(errorCount, 64) - 1)));
        var asked = retryAfter is { } wait ? (wait < cap ? wait : cap) : TimeSpan.Zero;
        return Max(interval, Max(doubled, asked));
    }

    private TimeSpan Interval(Feed feed) => Max(feed.PollInterval, options.Value.MinPollInterval);

    private static void Succeeded(Feed feed, DateTimeOffset next)
    {
        feed.ErrorCount = 0;
        feed.LastError = null;
        feed.NextCheckAt = next;
    }

    private static string? Fit(string? value, int length) => value is { Length: > 0 } && value.Length <= length ? value : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
