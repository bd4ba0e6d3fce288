using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
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

/// <summary>The pager past the count limit, on a database of its own: it adds articles the tests above must not count.</summary>
public abstract class ArticlesPagerPastTheCountLimitTests(DatabaseFixture database) : RunningApp(database, new Dictionary<string, string?> { ["Articles:CountLimit"] = "2" })
{
    [Fact]
    public async Task Past_the_limit_the_pager_reaches_every_match_one_full_page_after_another()
    {
        const string word = "vanadiumoxyde";
        await using (var db = Database.NewContext())
        {
            for (var n = 0; n < 60; n++)
            {
                db.Articles.Add(new Article
                {
                    ContentHash = $"{n:d4}".PadLeft(64, 'b'), Title = $"Gisement de {word} numéro {n}", RawText = "x",
                    CleanText = $"Le {word} du gisement {n} intéresse des partenaires russes.", ReceivedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n),
                });
            }

            await db.SaveChangesAsync();
        }

        var first = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles?q={word}"));
        var second = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles?q={word}&page=2"));
        var third = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles?q={word}&page=3"));

        Assert.Contains("plus de 2 articles", first, StringComparison.Ordinal);
        Assert.Contains("mud-pagination", first, StringComparison.Ordinal);
        var rows = new[] { first, second, third }.Select(html => Regex.Matches(html, "data-article=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList()).ToList();
        Assert.Equal([50, 10, 0], rows.Select(r => r.Count));
        Assert.Equal(60, rows.SelectMany(r => r).Distinct().Count());
    }
}

public sealed class ArticlesPagerPastTheCountLimitTestsOnSqlite(SqliteDatabaseFixture database) : ArticlesPagerPastTheCountLimitTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticlesPagerPastTheCountLimitTestsOnPostgres(PostgresDatabaseFixture database) : ArticlesPagerPastTheCountLimitTests(database), IClassFixture<PostgresDatabaseFixture>;
