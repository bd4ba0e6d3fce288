using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract partial class TimelinePageTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task The_filters_in_the_link_reproduce_the_view()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?actor=assimi-goita&from=2025-01-01"));

        Assert.Equal(["bamex-2025", "kremlin-visit-2025-06"], Entries(html));
        Assert.Contains("2 entrées", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_newest_entries_come_first_and_the_order_switch_turns_them_into_a_chronology_kept_in_the_link()
    {
        var newest = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?actor=assimi-goita&from=2025-01-01"));
        var oldest = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?actor=assimi-goita&from=2025-01-01&order=oldest"));

        Assert.Contains("Les plus récents d'abord", newest, StringComparison.Ordinal);
        Assert.Matches("href=\"[^\"]*timeline\\?[^\"]*order=oldest[^\"]*\"[^>]*data-testid=\"timeline-order\"|data-testid=\"timeline-order\"[^>]*href=\"[^\"]*order=oldest", newest);
        Assert.Equal(["kremlin-visit-2025-06", "bamex-2025"], Entries(oldest));
        Assert.Contains("Les plus anciens d'abord", oldest, StringComparison.Ordinal);
        Assert.Contains("href=\"api/timeline.csv?actor=assimi-goita&from=2025-01-01&order=oldest\"", oldest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_resting_on_one_story_is_marked_and_a_corroborated_one_is_not()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?from=2025-04-01&to=2025-05-31"));

        Assert.Contains("data-testid=\"single-source\"", Card(html, "mali-russia-accords-2025-05"), StringComparison.Ordinal);
        Assert.DoesNotContain("single-source", Card(html, "moscow-quadripartite-2025-04"), StringComparison.Ordinal);
        Assert.Contains("2 récits indépendants", Card(html, "moscow-quadripartite-2025-04"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_open_their_event_or_agreement_page()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?from=2024-07-01&to=2024-07-31"));

        Assert.Contains("href=\"events/cnt-ratification-2024-07\"", Card(html, "cnt-ratification-2024-07"), StringComparison.Ordinal);
        Assert.Contains("href=\"agreements/military-technical-cooperation-agreement\"", Card(html, "military-technical-cooperation-agreement"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_follows_the_filters_and_the_export_links_carry_them()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?actor=assimi-goita&from=2025-01-01"));

        Assert.Contains("data-testid=\"articles-chart\"", html, StringComparison.Ordinal);
        Assert.Equal(["kremlin-visit-2025-06", "bamex-2025"], ChartEvents(html));
        Assert.NotEmpty(ChartBar().Matches(html));
        Assert.Contains("href=\"api/timeline.csv?actor=assimi-goita&from=2025-01-01\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"api/timeline?actor=assimi-goita&from=2025-01-01&take=500\"", html, StringComparison.Ordinal);
    }

    private static List<string> ChartEvents(string html) => [.. ChartEvent().Matches(html).Select(m => m.Groups["key"].Value)];

    [GeneratedRegex("data-chart-event=\"(?<key>[^\"]+)\"")]
    private static partial Regex ChartEvent();

    [GeneratedRegex("data-month=\"\\d{4}-\\d{2}\" data-count=\"\\d+\"")]
    private static partial Regex ChartBar();

    private static List<string> Entries(string html) => [.. EntryAttribute().Matches(html).Select(m => m.Groups["key"].Value)];

    private static string Card(string html, string key)
    {
        var start = html.IndexOf($"data-entry=\"{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No card for {key}.");
        var next = html.IndexOf("data-entry=", start + 12, StringComparison.Ordinal);
        return next < 0 ? html[start..] : html[start..next];
    }

    [GeneratedRegex("data-entry=\"(?<key>[^\"]+)\"")]
    private static partial Regex EntryAttribute();
}

public sealed class TimelinePageTestsOnSqlite(SqliteDatabaseFixture database) : TimelinePageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class TimelinePageTestsOnPostgres(PostgresDatabaseFixture database) : TimelinePageTests(database), IClassFixture<PostgresDatabaseFixture>;
