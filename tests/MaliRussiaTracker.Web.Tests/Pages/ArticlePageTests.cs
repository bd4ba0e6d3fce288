using System.Net;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Web.Tests.Pages;

public sealed class ArticlePageTests(SqliteDatabaseFixture database) : RunningApp(database), IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task An_article_shows_its_quote_marked_with_its_speaker_and_its_furniture_apart()
    {
        long id;
        await using (var db = Database.NewContext())
            id = await db.Articles.Where(a => a.CleanText.Contains("Nos militaires coopèrent")).Select(a => a.Id).FirstAsync();

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles/{id}"));

        Assert.Contains("title=\"Citation : Sergueï Lavrov\"", html, StringComparison.Ordinal);
        Assert.Contains("data-mark=\"date\"", html, StringComparison.Ordinal);
        Assert.Contains("Acteur : Abdoulaye Diop", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_marked_actor_opens_the_actors_page_and_the_date_of_a_linked_event_opens_the_event()
    {
        long id;
        await using (var db = Database.NewContext())
            id = await db.Articles.Where(a => a.CleanText.Contains("jeudi 3 avril 2025") && a.CleanText.Contains("Abdoulaye Diop")).Select(a => a.Id).FirstAsync();

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles/{id}"));

        Assert.Matches("<a href=\"actors/abdoulaye-diop\" class=\"[^\"]*mark-actor[^\"]*mark-link\"", html);
        Assert.Matches("<a href=\"events/moscow-quadripartite-2025-04\" class=\"mark-date mark-link\"", html);
    }

    [Fact]
    public async Task Furniture_is_shown_apart_as_removed()
    {
        long id;
        await using (var db = Database.NewContext())
            id = await db.Articles.Where(a => a.CleanText.Contains("Lire aussi")).Select(a => a.Id).FirstAsync();

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/articles/{id}"));

        Assert.Contains("Retiré comme habillage du site", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"furniture\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_article_is_shown_as_text_never_run()
    {
        long id;
        await using (var db = Database.NewContext())
        {
            var article = new Article
            {
                ContentHash = new string('e', 64), Title = "<img src=x onerror=alert(1)>", RawText = "x",
                CleanText = "Un texte <script>alert('xss')</script> au milieu.", ReceivedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            };
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }

        var html = await Client.GetStringAsync($"/articles/{id}");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_says_so()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/articles/999999"));

        Assert.Contains("Il n'y a pas d'article 999999.", html, StringComparison.Ordinal);
    }
}
