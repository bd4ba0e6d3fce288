using System.Diagnostics;
using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Tests.Encodings;
using MaliRussiaTracker.Ingestion.Tests.Http;
using MaliRussiaTracker.Testing.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MaliRussiaTracker.Ingestion.Tests.Feeds;

public sealed class FeedReaderTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(30);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 4, 4, 8, 0, 0, TimeSpan.Zero));
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private FeedSchedule Schedule => new(_clock, Options.Create(new FetchingOptions()));

    [Fact]
    public async Task A_valid_rss_2_feed_gives_its_entries_with_absolute_links_dates_and_its_validators()
    {
        _server.Map("/rss", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Thu, 03 Apr 2025 18:45:00 GMT";
            await context.Response.SendFileAsync(TestData("rss2-feed.xml"));
        });
        using var services = new FetchingServices();

        var updated = Assert.IsType<FeedUpdated>(await services.Feeds.ReadAsync(NewFeed("/rss"), CancellationToken.None));

        Assert.Equal(("Le Sahel Hebdo – International", "\"v1\"", "Thu, 03 Apr 2025 18:45:00 GMT"), (updated.Title, updated.ETag, updated.LastModified));
        Assert.Equal(3, updated.Entries.Count);
        var first = updated.Entries[0];
        Assert.Equal("sahel-hebdo-4512", first.Id);
        Assert.Equal(_server.Url("/international/mali-russie"), first.Link);
        Assert.Equal("Mali : Bamako & Moscou renforcent leur coopération militaire", first.Title);
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 18, 45, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("Aminata Traoré", first.Author);
        Assert.Equal("<p>Sergueï Lavrov a reçu Abdoulaye Diop à Moscou.</p>", first.SummaryHtml);
        Assert.StartsWith("<p>Moscou a annoncé", first.ContentHtml, StringComparison.Ordinal);
        // A wrong weekday does not lose the date; the link stands as the id when there is no guid.
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 10, 0, 0, TimeSpan.FromHours(2)), updated.Entries[1].Published);
        Assert.Equal("https://sahel-hebdo.example/international/burkina-russie", updated.Entries[1].Id);
        // A permalink guid is the link; an unreadable date is no date, not a failure.
        Assert.Equal(new Uri("https://sahel-hebdo.example/international/niger-accord"), updated.Entries[2].Link);
        Assert.Null(updated.Entries[2].Published);
    }

    [Fact]
    public async Task A_valid_atom_feed_gives_its_entries_with_their_alternate_links_and_content()
    {
        _server.Map("/feeds/atom.xml", async context =>
        {
            context.Response.ContentType = "application/atom+xml";
            await context.Response.SendFileAsync(TestData("atom-feed.xml"));
        });
        using var services = new FetchingServices();

        var updated = Assert.IsType<FeedUpdated>(await services.Feeds.ReadAsync(NewFeed("/feeds/atom.xml"), CancellationToken.None));

        Assert.Equal("Sahel Observateur", updated.Title);
        var (first, second) = (updated.Entries[0], updated.Entries[1]);
        Assert.Equal("tag:observateur.example,2025:niamey-uranium", first.Id);
        Assert.Equal(_server.Url("/feeds/articles/niamey-uranium"), first.Link);
        Assert.Equal("Niamey et Moscou : un accord sur l’uranium", first.Title);
        Assert.Equal(new DateTimeOffset(2025, 1, 16, 9, 0, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal("Ibrahim Maïga", first.Author);
        Assert.Equal("Le Niger et la Russie &amp; l’uranium.", first.SummaryHtml);
        Assert.Contains("signé <strong>jeudi</strong> un mémorandum", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://observateur.example/articles/africa-corps"), second.Link);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("<p>Après Wagner, l’Africa Corps.</p>", second.ContentHtml);
    }

    [Fact]
    public async Task A_feed_answering_304_to_its_etag_keeps_its_etag_and_is_due_again_after_its_interval()
    {
        _server.Map("/rss", async context =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentType = "application/rss+xml";
            await context.Response.SendFileAsync(TestData("rss2-feed.xml"));
        });
        using var services = new FetchingServices();
        var feed = NewFeed("/rss");

        Schedule.Record(feed, await services.Feeds.ReadAsync(feed, CancellationToken.None));
        _clock.Advance(Interval);
        var second = await services.Feeds.ReadAsync(feed, CancellationToken.None);
        Schedule.Record(feed, second);

        Assert.IsType<FeedNotModified>(second);
        Assert.Equal([null, "\"v1\""], _server.ReceivedAt("/rss").Select(r => r.Header("If-None-Match")));
        Assert.Equal(("\"v1\"", 0, _clock.GetUtcNow() + Interval), (feed.ETag, feed.ErrorCount, feed.NextCheckAt));
    }

    [Fact]
    public async Task A_feed_answering_304_to_its_last_modified_keeps_its_date_and_clears_its_errors()
    {
        const string Stamp = "Thu, 03 Apr 2025 18:45:00 GMT";
        _server.Map("/rss", context =>
        {
            context.Response.StatusCode = context.Request.Headers.IfModifiedSince == Stamp ? StatusCodes.Status304NotModified : StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        using var services = new FetchingServices();
        var feed = NewFeed("/rss");
        feed.LastModified = Stamp;
        feed.ErrorCount = 3;
        feed.LastError = "earlier failure";

        var result = await services.Feeds.ReadAsync(feed, CancellationToken.None);
        Schedule.Record(feed, result);

        Assert.IsType<FeedNotModified>(result);
        Assert.Equal(Stamp, _server.ReceivedAt("/rss").Single().Header("If-Modified-Since"));
        Assert.Equal((Stamp, 0, (string?)null, _clock.GetUtcNow()), (feed.LastModified, feed.ErrorCount, feed.LastError, feed.LastCheckedAt));
    }

    [Fact]
    public async Task An_unquoted_etag_goes_back_to_the_server_as_it_came()
    {
        _server.Map("/rss", async context =>
        {
            // Not RFC-shaped (no quotes), yet common, and the server matches it.
            context.Response.Headers.ETag = "abc123";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.SendFileAsync(TestData("rss2-feed.xml"));
        });
        using var services = new FetchingServices();
        var feed = NewFeed("/rss");

        Schedule.Record(feed, await services.Feeds.ReadAsync(feed, CancellationToken.None));
        await services.Feeds.ReadAsync(feed, CancellationToken.None);

        Assert.Equal("abc123", feed.ETag);
        Assert.Equal("abc123", _server.ReceivedAt("/rss")[1].Header("If-None-Match"));
    }

    [Fact]
    public async Task A_feed_answering_500_is_in_error_keeps_its_validators_and_waits_longer_each_time()
    {
        _server.Map("/rss", "text/html", "<h1>Internal Server Error</h1>", StatusCodes.Status500InternalServerError);
        using var services = new FetchingServices();
        var feed = NewFeed("/rss");
        feed.ETag = "\"v1\"";

        Schedule.Record(feed, await services.Feeds.ReadAsync(feed, CancellationToken.None));
        var firstWait = feed.NextCheckAt - _clock.GetUtcNow();
        _clock.Advance(firstWait);
        var second = await services.Feeds.ReadAsync(feed, CancellationToken.None);
        Schedule.Record(feed, second);

        var failure = Assert.IsType<FeedFailed>(second).Failure;
        Assert.Equal((FetchFailureKind.HttpStatus, 500), (failure.Kind, failure.StatusCode));
        Assert.Equal((Interval, 2, "\"v1\""), (firstWait, feed.ErrorCount, feed.ETag));
        Assert.Equal(_clock.GetUtcNow() + 2 * Interval, feed.NextCheckAt);
        Assert.Contains("500", feed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_answering_503_with_retry_after_waits_as_long_as_asked()
    {
        _server.Map("/rss", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "7200";
            return Task.CompletedTask;
        });
        using var services = new FetchingServices();
        var feed = NewFeed("/rss");

        var result = await services.Feeds.ReadAsync(feed, CancellationToken.None);
        Schedule.Record(feed, result);

        Assert.Equal(TimeSpan.FromHours(2), Assert.IsType<FeedFailed>(result).Failure.RetryAfter);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromHours(2), feed.NextCheckAt);
    }

    [Fact]
    public async Task A_feed_that_does_not_answer_in_time_fails_as_a_time_out()
    {
        _server.Map("/slow", Hang);
        using var services = new FetchingServices(("Timeout", "00:00:00.300"));
        var watch = Stopwatch.StartNew();

        var result = await services.Feeds.ReadAsync(NewFeed("/slow"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.Timeout, Assert.IsType<FeedFailed>(result).Failure.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Malformed_xml_fails_with_the_parsers_message_and_no_exception()
    {
        _server.Map("/broken", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cassé</title><item><title>Sans fin</item></channel></rss>");
        using var services = new FetchingServices();

        var result = await services.Feeds.ReadAsync(NewFeed("/broken"), CancellationToken.None);

        var failure = Assert.IsType<FeedFailed>(result).Failure;
        Assert.Equal(FetchFailureKind.Malformed, failure.Kind);
        Assert.Contains("not well-formed XML", failure.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_page_at_a_feed_address_is_not_a_feed()
    {
        _server.Map("/page", "text/html", "<html><head><title>Accueil</title></head><body><p>Bienvenue</p></body></html>");
        using var services = new FetchingServices();

        var result = await services.Feeds.ReadAsync(NewFeed("/page"), CancellationToken.None);

        var failure = Assert.IsType<FeedFailed>(result).Failure;
        Assert.Equal(FetchFailureKind.NotAFeed, failure.Kind);
        Assert.Contains("<html>", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_over_the_size_limit_is_refused()
    {
        _server.Map("/huge", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.SendFileAsync(TestData("rss2-feed.xml"));
        });
        using var services = new FetchingServices(("MaxFeedBytes", "512"));

        var result = await services.Feeds.ReadAsync(NewFeed("/huge"), CancellationToken.None);

        Assert.Equal(FetchFailureKind.TooLarge, Assert.IsType<FeedFailed>(result).Failure.Kind);
    }

    [Fact]
    public async Task A_feed_in_windows_1252_declared_in_its_xml_keeps_its_accents()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Journal</title>"
            + "<item><title>Les manœuvres de l’armée à Gao</title><link>https://journal.example/gao</link></item></channel></rss>";
        _server.Map("/cp1252", async context =>
        {
            context.Response.ContentType = "text/xml";
            await context.Response.Body.WriteAsync(Charsets.Windows1252.GetBytes(xml));
        });
        using var services = new FetchingServices();

        var result = await services.Feeds.ReadAsync(NewFeed("/cp1252"), CancellationToken.None);

        Assert.Equal("Les manœuvres de l’armée à Gao", Assert.IsType<FeedUpdated>(result).Entries.Single().Title);
    }

    [Fact]
    public async Task A_feed_declaring_nothing_is_read_with_the_header_charset()
    {
        var xml = "<rss version=\"2.0\"><channel><title>Journal</title><item><title>Kidal, été 2024</title><link>https://journal.example/kidal</link></item></channel></rss>";
        _server.Map("/latin", async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=ISO-8859-1";
            await context.Response.Body.WriteAsync(Charsets.Windows1252.GetBytes(xml));
        });
        using var services = new FetchingServices();

        var result = await services.Feeds.ReadAsync(NewFeed("/latin"), CancellationToken.None);

        Assert.Equal("Kidal, été 2024", Assert.IsType<FeedUpdated>(result).Entries.Single().Title);
    }

    [Theory]
    [MemberData(nameof(EncodingCase.Names), MemberType = typeof(EncodingCase))]
    public async Task A_feed_keeps_its_accents_however_its_charset_is_labelled(string name)
    {
        var @case = EncodingCase.Named(name);
        var declaration = @case.Declared is null ? "" : $"<?xml version=\"1.0\" encoding=\"{@case.Declared}\"?>";
        var xml = declaration + "<rss version=\"2.0\"><channel><title>Journal de Gao</title>"
            + $"<item><title>{EncodingCase.French}</title><link>https://journal.example/gao</link></item></channel></rss>";
        _server.Map("/labelled", async context =>
        {
            context.Response.ContentType = @case.ContentType("application/rss+xml");
            await context.Response.Body.WriteAsync(@case.Bytes.GetBytes(xml));
        });
        using var services = new FetchingServices();

        var result = await services.Feeds.ReadAsync(NewFeed("/labelled"), CancellationToken.None);

        Assert.Equal(EncodingCase.French, Assert.IsType<FeedUpdated>(result).Entries.Single().Title);
    }

    [Fact]
    public async Task A_feed_naming_an_external_entity_makes_no_request_for_it()
    {
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"{_server.Url("/secret")}\">]>"
            + "<rss version=\"2.0\"><channel><title>&secret;</title></channel></rss>";
        _server.Map("/xxe", "application/rss+xml", xml).Map("/secret", "text/plain", "mot de passe");
        using var services = new FetchingServices();

        var result = await services.Feeds.ReadAsync(NewFeed("/xxe"), CancellationToken.None);

        Assert.IsType<FeedFailed>(result);
        Assert.Empty(_server.ReceivedAt("/secret"));
    }

    [Fact]
    public async Task Broken_feeds_end_in_error_while_the_healthy_ones_polled_beside_them_go_on()
    {
        _server.Map("/healthy", async context =>
            {
                context.Response.ContentType = "application/rss+xml";
                await context.Response.SendFileAsync(TestData("rss2-feed.xml"));
            })
            .Map("/atom", async context =>
            {
                context.Response.ContentType = "application/atom+xml";
                await context.Response.SendFileAsync(TestData("atom-feed.xml"));
            })
            .Map("/error", "text/plain", "boom", StatusCodes.Status500InternalServerError)
            .Map("/malformed", "application/rss+xml", "<rss><channel>")
            .Map("/hanging", Hang)
            .Redirect("/loop", "/loop");
        using var services = new FetchingServices(("Timeout", "00:00:01"));
        List<Feed> feeds = [NewFeed("/healthy"), NewFeed("/error"), NewFeed("/malformed"), NewFeed("/hanging"), NewFeed("/loop"), NewFeed("/atom")];

        var results = await Task.WhenAll(feeds.Select(f => services.Feeds.ReadAsync(f, CancellationToken.None)));
        foreach (var (feed, result) in feeds.Zip(results))
            Schedule.Record(feed, result);

        var byPath = feeds.ToDictionary(f => new Uri(f.Url).AbsolutePath);
        Assert.All([byPath["/healthy"], byPath["/atom"]], healthy =>
            Assert.Equal((0, (string?)null, _clock.GetUtcNow() + Interval), (healthy.ErrorCount, healthy.LastError, healthy.NextCheckAt)));
        Assert.Equal("Sahel Observateur", byPath["/atom"].Title);
        Assert.All([byPath["/error"], byPath["/malformed"], byPath["/hanging"], byPath["/loop"]], broken =>
        {
            Assert.Equal(1, broken.ErrorCount);
            Assert.False(string.IsNullOrWhiteSpace(broken.LastError));
        });
        Assert.Equal(
            [FetchFailureKind.HttpStatus, FetchFailureKind.Malformed, FetchFailureKind.Timeout, FetchFailureKind.RedirectLoop],
            results.OfType<FeedFailed>().Select(f => f.Failure.Kind));
    }

    [Fact]
    public async Task A_hanging_feed_does_not_hold_up_a_healthy_one_read_beside_it()
    {
        _server.Map("/hanging", Hang).Map("/healthy", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.SendFileAsync(TestData("rss2-feed.xml"));
        });
        using var services = new FetchingServices(("Timeout", "00:00:20"));
        using var stop = new CancellationTokenSource();
        var hanging = services.Feeds.ReadAsync(NewFeed("/hanging"), stop.Token);

        var healthy = await services.Feeds.ReadAsync(NewFeed("/healthy"), CancellationToken.None);

        Assert.IsType<FeedUpdated>(healthy);
        Assert.False(hanging.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hanging);
    }

    private Feed NewFeed(string path) => new() { Url = _server.Url(path).AbsoluteUri, PollInterval = Interval, NextCheckAt = _clock.GetUtcNow() };

    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static async Task Hang(HttpContext context)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
