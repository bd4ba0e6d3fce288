using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MaliRussiaTracker.Ingestion.Tests.Feeds;

public sealed class FeedScheduleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);
    private static readonly FeedReadResult ServerError = new FeedFailed(new FetchFailure(FetchFailureKind.HttpStatus, "https://journal.example/rss answered 500 (InternalServerError).", 500));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 4, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly FetchingOptions _options = new() { MaxBackoff = TimeSpan.FromHours(24), MinPollInterval = TimeSpan.FromMinutes(5) };

    private FeedSchedule Schedule => new(_clock, Options.Create(_options));

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void An_update_stores_the_new_validators_clears_the_errors_and_schedules_one_interval_on()
    {
        var feed = NewFeed();
        feed.ErrorCount = 4;
        feed.LastError = "time-out";
        feed.ETag = "\"old\"";

        Schedule.Record(feed, new FeedUpdated(new Uri(feed.Url), "Journal", [], "\"new\"", "Fri, 04 Apr 2025 07:00:00 GMT"));

        Assert.Equal(("\"new\"", "Fri, 04 Apr 2025 07:00:00 GMT"), (feed.ETag, feed.LastModified));
        Assert.Equal((0, (string?)null, Now, Now + Interval), (feed.ErrorCount, feed.LastError, feed.LastCheckedAt, feed.NextCheckAt));
    }

    [Fact]
    public void An_update_without_validators_forgets_the_old_ones()
    {
        var feed = NewFeed();
        feed.ETag = "\"old\"";

        Schedule.Record(feed, new FeedUpdated(new Uri(feed.Url), null, [], null, null));

        Assert.Null(feed.ETag);
    }

    [Fact]
    public void A_title_given_by_hand_is_kept_and_a_missing_one_is_taken_from_the_feed()
    {
        var named = NewFeed();
        named.Title = "Mon journal";
        var unnamed = NewFeed();

        Schedule.Record(named, new FeedUpdated(new Uri(named.Url), "Journal – International", [], null, null));
        Schedule.Record(unnamed, new FeedUpdated(new Uri(unnamed.Url), "Journal – International", [], null, null));

        Assert.Equal(("Mon journal", "Journal – International"), (named.Title, unnamed.Title));
    }

    [Fact]
    public void Not_modified_without_new_validators_keeps_the_stored_ones()
    {
        var feed = NewFeed();
        feed.ETag = "\"v1\"";
        feed.LastModified = "Thu, 03 Apr 2025 18:45:00 GMT";

        Schedule.Record(feed, new FeedNotModified(null, null));

        Assert.Equal(("\"v1\"", "Thu, 03 Apr 2025 18:45:00 GMT", Now + Interval), (feed.ETag, feed.LastModified, feed.NextCheckAt));
    }

    [Fact]
    public void Failures_in_a_row_double_the_wait_up_to_the_cap()
    {
        var feed = NewFeed();
        var waits = new List<TimeSpan>();

        for (var i = 0; i < 9; i++)
        {
            Schedule.Record(feed, ServerError);
            waits.Add(feed.NextCheckAt - Now);
            _clock.Advance(waits[^1]);
        }

        Assert.Equal([0.5, 1, 2, 4, 8, 16, 24, 24, 24], waits.Select(w => w.TotalHours));
        Assert.Equal(9, feed.ErrorCount);
        Assert.Equal(ServerError is FeedFailed f ? f.Failure.Message : null, feed.LastError);
    }

    [Fact]
    public void A_success_after_failures_starts_again_from_the_interval()
    {
        var feed = NewFeed();
        Schedule.Record(feed, ServerError);
        Schedule.Record(feed, ServerError);

        Schedule.Record(feed, new FeedNotModified(null, null));
        Schedule.Record(feed, ServerError);

        Assert.Equal((1, Now + Interval), (feed.ErrorCount, feed.NextCheckAt));
    }

    [Fact]
    public void A_retry_after_longer_than_the_backoff_is_honoured()
    {
        var feed = NewFeed();

        Schedule.Record(feed, Failed(TimeSpan.FromHours(3)));

        Assert.Equal(Now + TimeSpan.FromHours(3), feed.NextCheckAt);
    }

    [Fact]
    public void A_retry_after_shorter_than_the_interval_does_not_poll_sooner()
    {
        var feed = NewFeed();

        Schedule.Record(feed, Failed(TimeSpan.FromSeconds(10)));

        Assert.Equal(Now + Interval, feed.NextCheckAt);
    }

    [Fact]
    public void A_retry_after_beyond_the_cap_waits_only_the_cap()
    {
        var feed = NewFeed();

        Schedule.Record(feed, Failed(TimeSpan.FromDays(30)));

        Assert.Equal(Now + TimeSpan.FromHours(24), feed.NextCheckAt);
    }

    [Fact]
    public void A_poll_interval_longer_than_the_cap_is_still_honoured_after_a_failure()
    {
        var feed = NewFeed();
        feed.PollInterval = TimeSpan.FromDays(2);

        Schedule.Record(feed, ServerError);

        Assert.Equal(Now + TimeSpan.FromDays(2), feed.NextCheckAt);
    }

    [Fact]
    public void A_feed_stored_without_an_interval_waits_the_minimum_rather_than_spinning()
    {
        var feed = NewFeed();
        feed.PollInterval = TimeSpan.Zero;

        Schedule.Record(feed, new FeedNotModified(null, null));

        Assert.Equal(Now + TimeSpan.FromMinutes(5), feed.NextCheckAt);
    }

    [Fact]
    public void Validators_too_long_for_their_columns_are_dropped_and_a_long_error_is_cut()
    {
        var feed = NewFeed();

        Schedule.Record(feed, new FeedUpdated(new Uri(feed.Url), null, [], "\"" + new string('e', 600) + "\"", new string('d', 150)));
        Schedule.Record(feed, new FeedFailed(new FetchFailure(FetchFailureKind.Malformed, new string('x', 5000))));

        Assert.Equal(((string?)null, (string?)null, 4000), (feed.ETag, feed.LastModified, feed.LastError?.Length));
    }

    private static FeedFailed Failed(TimeSpan retryAfter) =>
        new(new FetchFailure(FetchFailureKind.HttpStatus, "https://journal.example/rss answered 429 (TooManyRequests).", 429, retryAfter));

    private Feed NewFeed() => new() { Url = "https://journal.example/rss", PollInterval = Interval, NextCheckAt = Now };
}
