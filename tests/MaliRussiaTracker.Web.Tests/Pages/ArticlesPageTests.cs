using System.Net;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract class ArticlesPageTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task A_search_in_the_link_lists_the_matching_articles_only()
    {
        var all = WebUtility.HtmlDecode(await Client.GetStringAsync("/articles"));
        var found = WebUtility.HtmlDecode(await Client.GetStringAsync("/articles?q=BAMEX"));

        Assert.Contains("5 articles", all, StringComparison.Ordinal);
        Assert.Contains("1 article", found, StringComparison.Ordinal);
        Assert.Contains("Une coopération militaire qui se muscle", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_typed_without_its_accent_finds_the_articles_that_have_it()
    {
        var found = WebUtility.HtmlDecode(await Client.GetStringAsync("/articles?q=Goita%20Poutine"));

        Assert.Contains("1 article", found, StringComparison.Ordinal);
        Assert.Contains("La coopération militaire et l’AES", found, StringComparison.Ordinal);
    }
}

public sealed class ArticlesPageTestsOnSqlite(SqliteDatabaseFixture database) : ArticlesPageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticlesPageTestsOnPostgres(PostgresDatabaseFixture database) : ArticlesPageTests(database), IClassFixture<PostgresDatabaseFixture>;
