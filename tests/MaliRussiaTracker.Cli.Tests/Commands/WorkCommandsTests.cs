using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Cli.Tests.Commands;

public sealed class WorkCommandsTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task A_feed_added_is_listed_with_its_interval_and_added_twice_is_refused()
    {
        var added = await RunAsync("feed", "add", "https://feeds.example/rss", "--every", "00:15:00");
        var twice = await RunAsync("feed", "add", "https://feeds.example/rss");
        var list = await RunAsync("feed", "list");

        Assert.Equal(0, added.Exit);
        Assert.Matches(@"^Feed \d+ added: https://feeds\.example/rss, polled every 00:15:00\.", added.Output);
        Assert.Equal((1, "mrt: the feed https://feeds.example/rss is already there."), (twice.Exit, twice.Errors.Trim()));
        Assert.Contains("https://feeds.example/rss\tlast never", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_added_by_hand_is_queued_once()
    {
        var first = await RunAsync("page", "add", "https://pages.example/article-1");
        var again = await RunAsync("page", "add", "https://pages.example/article-1?utm_source=x");
        var bad = await RunAsync("page", "add", "not-a-url");

        Assert.Contains("Queued https://pages.example/article-1", first.Output, StringComparison.Ordinal);
        Assert.Contains("already waiting", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, bad.Exit);
    }

    [Fact]
    public async Task A_page_or_feed_address_longer_than_a_column_holds_is_refused_in_one_line()
    {
        var address = "https://pages.example/" + new string('a', 3000);

        var page = await RunAsync("page", "add", address);
        var feed = await RunAsync("feed", "add", address);

        Assert.Equal((1, "mrt: the address has 3,022 characters, more than an article's URL may have."), (page.Exit, page.Errors.Trim()));
        Assert.Equal(1, feed.Exit);
        Assert.Single(feed.Errors.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_feed_or_page_on_the_metadata_service_or_loopback_is_refused()
    {
        var feed = await RunAsync("feed", "add", "http://169.254.169.254/latest/meta-data/");
        var page = await RunAsync("page", "add", "http://127.0.0.1:8080/admin");
        var list = await RunAsync("feed", "list");

        Assert.Equal((1, "mrt: 'http://169.254.169.254/latest/meta-data/' is refused: 169.254.169.254 is not a public address (see Ingestion:Fetching:AllowedHosts)."), (feed.Exit, feed.Errors.Trim()));
        Assert.Equal(1, page.Exit);
        Assert.Contains("is refused", page.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("169.254.169.254", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reanalysing_an_unknown_article_says_so_and_fails()
    {
        var result = await RunAsync("reanalyze", "987654");

        Assert.Equal(1, result.Exit);
        Assert.Contains("There is no article 987654.", result.Errors, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, errors, database.Settings);
        return (exit, output.ToString(), errors.ToString());
    }
}
