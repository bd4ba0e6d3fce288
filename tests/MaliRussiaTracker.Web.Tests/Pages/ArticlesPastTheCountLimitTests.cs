using System.Net;
using System.Text.Json;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>The article list with its count limit set below the five demo articles: every reader is told "more than".</summary>
public abstract class ArticlesPastTheCountLimitTests(DatabaseFixture database) : RunningApp(database, CountingUpToTwo)
{
    private static readonly Dictionary<string, string?> CountingUpToTwo = new(WithDemoArticles) { ["Articles:CountLimit"] = "2" };

    [Fact]
    public async Task The_page_says_more_than_the_limit_in_french_and_in_english()
    {
        var french = WebUtility.HtmlDecode(await Client.GetStringAsync("/articles"));
        // A client of its own, signed in, whose jar takes the cookie the language switch sets.
        var cookies = new CookieContainer();
        using var reader = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = Client.BaseAddress };
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        (await SignInForm.SubmitAsync(reader, account.UserName, account.Password)).Dispose();
        var english = WebUtility.HtmlDecode(await reader.GetStringAsync("/culture?name=en&back=%2Farticles"));

        Assert.Contains("plus de 2 articles", french, StringComparison.Ordinal);
        Assert.DoesNotContain("article(s)", french, StringComparison.Ordinal);
        Assert.Contains("more than 2 articles", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_and_the_export_give_the_total_as_a_lower_bound_with_every_row()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/articles"));
        using var csv = await Client.GetAsync("/api/articles.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.True(json.RootElement.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(5, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal("2", Assert.Single(csv.Headers.GetValues("X-Total-Count")));
        Assert.Equal("true", Assert.Single(csv.Headers.GetValues("X-Total-Is-Lower-Bound")));
        Assert.Equal(1 + 5, lines.Length);
    }
}

public sealed class ArticlesPastTheCountLimitTestsOnSqlite(SqliteDatabaseFixture database) : ArticlesPastTheCountLimitTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticlesPastTheCountLimitTestsOnPostgres(PostgresDatabaseFixture database) : ArticlesPastTheCountLimitTests(database), IClassFixture<PostgresDatabaseFixture>;
