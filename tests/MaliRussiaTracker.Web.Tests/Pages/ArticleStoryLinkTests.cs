using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>A story on the article list: its size in words and a link to its articles, on a database of its own.</summary>
public abstract class ArticleStoryLinkTests(DatabaseFixture database) : RunningApp(database)
{
    private const string Word = "molybdenite";
    private const string StoryKey = "story-molybdenite-3";

    [Fact]
    public async Task A_story_reads_as_its_size_and_links_to_its_articles_in_french_and_in_english()
    {
        await SeedAsync();

        var list = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles?q={Word}"));
        var story = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles?story={StoryKey}"));
        using var switched = await Client.GetAsync("/culture?name=en&back=/");
        var english = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles?q={Word}"));

        Assert.Equal(3, Regex.Count(list, ">récit de 3 articles<"));
        Assert.Contains($"href=\"articles?story={StoryKey}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($">{StoryKey}<", list, StringComparison.Ordinal);
        Assert.Contains("4 articles", list, StringComparison.Ordinal);
        Assert.Contains("3 articles", story, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(story, "data-article=\""));
        Assert.DoesNotContain("seul dans son récit", story, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(english, ">story of 3 articles<"));
    }

    private async Task SeedAsync()
    {
        await using var db = Database.NewContext();
        var told = new Story { Key = StoryKey };
        for (var n = 0; n < 4; n++)
        {
            db.Articles.Add(new Article
            {
                ContentHash = $"{n:d4}".PadLeft(64, 'c'), Title = n < 3 ? $"Gisement de {Word} numéro {n}" : $"Le {Word} seul dans son récit", RawText = "x",
                CleanText = $"Le {Word} du gisement {n} intéresse des partenaires russes.", ReceivedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(n),
                Story = n < 3 ? told : null,
            });
        }

        await db.SaveChangesAsync();
    }
}

public sealed class ArticleStoryLinkTestsOnSqlite(SqliteDatabaseFixture database) : ArticleStoryLinkTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticleStoryLinkTestsOnPostgres(PostgresDatabaseFixture database) : ArticleStoryLinkTests(database), IClassFixture<PostgresDatabaseFixture>;
