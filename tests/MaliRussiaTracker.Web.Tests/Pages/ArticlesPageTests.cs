using System.Net;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract class ArticlesPageTests(DatabaseFixture database) : IAsyncLifetime
{
    private TrackerWebApplication? _app;
    private HttpClient? _client;

    public Task InitializeAsync()
    {
        _app = new TrackerWebApplication(database, new Dictionary<string, string?> { ["Database:LoadDemoArticles"] = "true" });
        _client = _app.StartAndCreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_search_in_the_link_lists_the_matching_articles_only()
    {
        var all = WebUtility.HtmlDecode(await _client!.GetStringAsync("/articles"));
        var found = WebUtility.HtmlDecode(await _client!.GetStringAsync("/articles?q=BAMEX"));

        Assert.Contains("5 article(s)", all, StringComparison.Ordinal);
        Assert.Contains("1 article(s)", found, StringComparison.Ordinal);
        Assert.Contains("Une coopération militaire qui se muscle", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_typed_without_its_accent_finds_the_articles_that_have_it()
    {
        var found = WebUtility.HtmlDecode(await _client!.GetStringAsync("/articles?q=Goita%20Poutine"));

        Assert.Contains("1 article(s)", found, StringComparison.Ordinal);
        Assert.Contains("La coopération militaire et l’AES", found, StringComparison.Ordinal);
    }
}

public sealed class ArticlesPageTestsOnSqlite(SqliteDatabaseFixture database) : ArticlesPageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticlesPageTestsOnPostgres(PostgresDatabaseFixture database) : ArticlesPageTests(database), IClassFixture<PostgresDatabaseFixture>;
