using System.Net;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>The words around a search's match on the article list, on a database of its own.</summary>
public abstract class ArticleSearchSnippetTests(DatabaseFixture database) : RunningApp(database)
{
    [Fact]
    public async Task A_search_result_shows_its_words_around_the_match_marked_and_the_articles_own_tags_never_as_markup()
    {
        await using (var db = Database.NewContext())
        {
            db.Articles.Add(new Article
            {
                ContentHash = new string('e', 64), Title = "Radars au centre", RawText = "x", ReceivedAt = new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero),
                CleanText = "Les radiogoniometres russes <script>alert(1)</script> couvrent le centre <i>entier</i> du pays.",
            });
            await db.SaveChangesAsync();
        }

        var html = await Client.GetStringAsync("/articles?q=radiogoniometres");

        Assert.Contains("<mark>radiogoniometres</mark>", html, StringComparison.Ordinal);
        Assert.Contains(" russes ", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        // Marked by the page, never by the article: its tags are left out (PostgreSQL) or shown as text (SQLite).
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>entier", html, StringComparison.Ordinal);
    }
}

public sealed class ArticleSearchSnippetTestsOnSqlite(SqliteDatabaseFixture database) : ArticleSearchSnippetTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticleSearchSnippetTestsOnPostgres(PostgresDatabaseFixture database) : ArticleSearchSnippetTests(database), IClassFixture<PostgresDatabaseFixture>;
