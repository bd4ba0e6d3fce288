using System.Net;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Hardening;

public abstract class ControlCharacterTests(DatabaseFixture database) : RunningApp(database)
{
    [Theory]
    [InlineData("/articles?q=bamako%00moscou")]
    [InlineData("/api/articles?q=%00")]
    [InlineData("/api/articles?outlet=Le%00Monde")]
    [InlineData("/timeline?actor=sergei-lavrov%00")]
    [InlineData("/api/timeline?words=a%01b")]
    [InlineData("/articles?q%00=x")]
    public async Task A_control_character_in_a_search_or_filter_parameter_is_refused_with_400(string address)
    {
        using var response = await Client.GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("control character", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    public async Task An_article_stored_with_a_link_that_is_not_http_shows_no_link(string url)
    {
        var tag = Guid.NewGuid().ToString("N");
        long id;
        await using (var db = Database.NewContext())
        {
            // As a database filled before the door checked URLs may hold.
            var article = new Core.Domain.Article { Url = url, ContentHash = tag, RawText = tag, CleanText = $"Texte {tag}.", Title = "Lien douteux", ReceivedAt = TimeProvider.System.GetUtcNow() };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles/{id}"));

        Assert.Contains("Lien douteux", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{url}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_search_without_the_control_character_is_answered()
    {
        using var response = await Client.GetAsync("/api/articles?q=bamako");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class ControlCharacterTestsOnSqlite(SqliteDatabaseFixture database) : ControlCharacterTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ControlCharacterTestsOnPostgres(PostgresDatabaseFixture database) : ControlCharacterTests(database), IClassFixture<PostgresDatabaseFixture>;
