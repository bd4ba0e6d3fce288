using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract partial class HomePageTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task The_home_page_lists_the_seeded_events_newest_first_with_their_dates_at_their_precision()
    {
        var html = await Client.GetStringAsync("/");

        var shown = EventRow().Matches(html).Select(m => m.Groups["key"].Value).ToList();
        var expected = StartingWorld.LoadEmbedded().Events.OrderByDescending(e => e.Date).ThenByDescending(e => e.Key, StringComparer.Ordinal).Select(e => e.Key).ToList();
        Assert.Equal(expected, shown);
        Assert.Contains("11–14 novembre 2025", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(">juillet 2023<", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(">3 avril 2025<", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_lists_the_five_demo_articles()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/"));

        Assert.Equal(5, ArticleRow().Count(html));
        Assert.Contains("Mali–Russie : Une coopération militaire qui se muscle encore un peu plus.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        using var response = await Client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("{\"status\":\"Healthy\"", body, StringComparison.Ordinal);
        Assert.Contains($"\"provider\":\"{Database.ProviderName}\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_answers_not_found_with_a_page_that_says_so()
    {
        using var response = await Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("data-event=\"(?<key>[^\"]+)\"")]
    private static partial Regex EventRow();

    [GeneratedRegex("data-article=\"\\d+\"")]
    private static partial Regex ArticleRow();
}

public sealed class HomePageTestsOnSqlite(SqliteDatabaseFixture database) : HomePageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class HomePageTestsOnPostgres(PostgresDatabaseFixture database) : HomePageTests(database), IClassFixture<PostgresDatabaseFixture>;
