using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract partial class EventPageTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task An_event_shows_its_date_place_linked_participants_the_articles_behind_it_and_their_quotes()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/events/moscow-quadripartite-2025-04"));

        Assert.Contains(">3 avril 2025<", html, StringComparison.Ordinal);
        Assert.Contains("· Moscou", html, StringComparison.Ordinal);
        Assert.Contains("href=\"actors/sergei-lavrov\"", html, StringComparison.Ordinal);
        Assert.Contains("data-participant=\"abdoulaye-diop\"", html, StringComparison.Ordinal);
        Assert.Contains("2 récits indépendants · 1 voix indépendante · 1 média · 3 articles", html, StringComparison.Ordinal);
        Assert.Equal(3, SourceArticle().Count(html));
        Assert.Contains("Nos militaires coopèrent de manière active avec les militaires", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"single-source\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_resting_on_one_story_is_marked_on_its_page_and_a_range_keeps_its_precision()
    {
        var accords = WebUtility.HtmlDecode(await Client.GetStringAsync("/events/mali-russia-accords-2025-05"));
        var bamex = WebUtility.HtmlDecode(await Client.GetStringAsync("/events/bamex-2025"));

        Assert.Contains("data-testid=\"single-source\"", accords, StringComparison.Ordinal);
        Assert.Contains(">mai 2025<", accords, StringComparison.Ordinal);
        Assert.Contains(">11–14 novembre 2025<", bamex, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_list_takes_the_timelines_filters_from_the_link_and_links_each_event()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/events?actor=sadio-camara"));

        Assert.Equal(["bamex-2025"], EventRow().Matches(html).Select(m => m.Groups["key"].Value));
        Assert.Contains("href=\"events/bamex-2025\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"api/events?actor=sadio-camara&take=500\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_event_says_so()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/events/rien-du-tout"));

        Assert.Contains("Aucun événement ne porte la clé « rien-du-tout ».", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-source-article=\"\\d+\"")]
    private static partial Regex SourceArticle();

    [GeneratedRegex("data-event=\"(?<key>[^\"]+)\"")]
    private static partial Regex EventRow();
}

public sealed class EventPageTestsOnSqlite(SqliteDatabaseFixture database) : EventPageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class EventPageTestsOnPostgres(PostgresDatabaseFixture database) : EventPageTests(database), IClassFixture<PostgresDatabaseFixture>;
