using System.Net;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract class ActorPageTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task An_actors_page_shows_what_they_said_their_events_and_who_appears_with_them()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/actors/sergei-lavrov"));

        Assert.Contains("Nos militaires coopèrent de manière active avec les militaires", html, StringComparison.Ordinal);
        Assert.Contains("data-event=\"moscow-quadripartite-2025-04\"", html, StringComparison.Ordinal);
        Assert.Contains("data-coactor=\"abdoulaye-diop\"", html, StringComparison.Ordinal);
        Assert.Contains("chef de la diplomatie russe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actor_list_puts_the_most_cited_first_and_links_to_each_page()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/actors"));

        var russia = html.IndexOf("data-actor=\"russia\"", StringComparison.Ordinal);
        var novak = html.IndexOf("data-actor=\"alexandre-novak\"", StringComparison.Ordinal);
        Assert.True(russia >= 0 && novak > russia, "Russia, named in every article, comes before Novak, named in one.");
        Assert.Contains("href=\"actors/sergei-lavrov\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_actor_says_so()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/actors/personne"));

        Assert.Contains("Aucun acteur ne porte l'identifiant « personne ».", html, StringComparison.Ordinal);
    }
}

public sealed class ActorPageTestsOnSqlite(SqliteDatabaseFixture database) : ActorPageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ActorPageTestsOnPostgres(PostgresDatabaseFixture database) : ActorPageTests(database), IClassFixture<PostgresDatabaseFixture>;
