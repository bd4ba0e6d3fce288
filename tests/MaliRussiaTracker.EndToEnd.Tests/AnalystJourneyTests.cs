using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CsvHelper;
using MaliRussiaTracker.Core.Domain;
using TimelineFilter = MaliRussiaTracker.Data.Queries.Timeline.TimelineFilter;
using TimelineQuery = MaliRussiaTracker.Data.Queries.Timeline.TimelineQuery;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using MaliRussiaTracker.EndToEnd.Tests.Pages;
using MaliRussiaTracker.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using TimelineResult = MaliRussiaTracker.Data.Queries.Timeline.TimelinePage;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// What an analyst does in a morning, in a real Chromium against the app on PostgreSQL. What the pages should
/// show is asked of the database or of the query services, never written down here: the tests check that the
/// browser gets it through the interface.
/// </summary>
public sealed class AnalystJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>
{
    private const string Lavrov = "sergei-lavrov";
    private const string SingularArticleUrl = "https://presse-sahel.example/2025/10/14/conseiller-russe-bamako";

    [Fact]
    public async Task Filtering_the_timeline_by_an_actor_puts_the_actor_in_the_URL_and_shows_only_their_entries()
    {
        var timelineQuery = site.Database.Services.GetRequiredService<TimelineQuery>();
        var everything = await timelineQuery.GetAsync(new TimelineFilter(), 0, 50, CancellationToken.None);
        var lavrovs = await timelineQuery.GetAsync(new TimelineFilter { Actors = [Lavrov] }, 0, 50, CancellationToken.None);
        Assert.NotEmpty(lavrovs.Entries);
        Assert.True(lavrovs.Total < everything.Total, "the filter must leave some entries out for this test to show anything");
        var name = await ActorNameAsync(Lavrov);

        var timeline = await TimelinePage.OpenAsync(await site.NewPageAsync());
        await timeline.ExpectEntriesAsync(Keys(everything));
        await timeline.FilterByActorAsync(name);

        await Expect(timeline.Page).ToHaveURLAsync(new Regex($"[?&]actor={Lavrov}(&|$)"));
        await timeline.ExpectEntriesAsync(Keys(lavrovs));
        await Screenshots.TakeAsync(timeline.Page, "timeline-filtered-by-actor");

        // The URL alone reproduces the view: a new visitor with the link sees the same entries.
        var shared = await TimelinePage.OpenAsync(await site.NewPageAsync());
        await shared.Page.GotoAsync(timeline.Page.Url);
        await shared.ExpectEntriesAsync(Keys(lavrovs));
    }

    [Fact]
    public async Task An_article_followed_from_the_list_marks_a_quote_whose_hover_text_names_its_speaker()
    {
        await using var db = site.Database.NewContext();
        var quote = await db.Quotes.Where(q => q.Speaker != null && q.State != ReviewState.Rejected)
            .OrderBy(q => q.ArticleId).ThenBy(q => q.Start)
            .Select(q => new { q.ArticleId, q.Text, Speaker = q.Speaker!.Name }).FirstAsync();

        var articles = await ArticlesPage.OpenAsync(await site.NewPageAsync());
        var article = await articles.OpenArticleAsync(quote.ArticleId);

        var marked = article.Quotes.Filter(new LocatorFilterOptions { HasText = quote.Text[..Math.Min(30, quote.Text.Length)] }).First;
        await marked.HoverAsync();
        await Expect(marked).ToHaveAttributeAsync("title", new Regex(Regex.Escape(quote.Speaker)));
        await Screenshots.TakeAsync(article.Page, "article-with-marked-quote");
    }

    [Fact]
    public async Task Searching_militaires_finds_an_article_that_only_says_militaire()
    {
        await using var db = site.Database.NewContext();
        var singular = await db.Articles.Where(a => a.Url == SingularArticleUrl).Select(a => new { a.Id, a.CleanText }).SingleAsync();
        Assert.Matches(@"\bmilitaire\b", singular.CleanText);
        Assert.DoesNotMatch(@"\bmilitaires\b", singular.CleanText);

        var articles = await ArticlesPage.OpenAsync(await site.NewPageAsync());
        await articles.SearchAsync("militaires");

        await Expect(articles.Page).ToHaveURLAsync(new Regex("[?&]q=militaires(&|$)"));
        await Expect(articles.Row(singular.Id)).ToBeVisibleAsync();
        var article = await articles.OpenArticleAsync(singular.Id);
        var text = await article.Text.InnerTextAsync();
        Assert.Matches(@"\bmilitaire\b", text);
        Assert.DoesNotMatch(@"\bmilitaires\b", text);
    }

    [Fact]
    public async Task A_search_result_shows_the_words_around_the_match_with_the_match_marked_and_never_the_articles_markup()
    {
        var id = await site.TakeInAsync("""
            Sévaré, le 4 mars 2026 – Les radars russes installés près de l'aéroport couvrent désormais tout le centre du pays,
            selon un officier qui a écrit <b>fin</b> de la mission dans son rapport.
            """, "extrait");

        var articles = await ArticlesPage.OpenAsync(await site.NewPageAsync(), "?q=radars");

        var snippet = articles.Row(id).GetByTestId("snippet");
        await Expect(snippet.Locator("mark")).ToHaveTextAsync("radars");
        await Expect(snippet).ToContainTextAsync("Les radars russes installés");
        await articles.SearchAsync("rapport");
        await Expect(articles.Row(id).GetByTestId("snippet").Locator("mark")).ToHaveTextAsync("rapport");
        // The article's own tags never become markup of the page (PostgreSQL's headline leaves them out).
        await Expect(articles.Row(id).GetByTestId("snippet")).ToContainTextAsync("fin");
        await Expect(articles.Row(id).GetByTestId("snippet").Locator("b")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(articles.Page, "search-snippets");
    }

    // The export buttons (data-testid="export-csv") come with the pages of the browse branch.
    [Fact]
    public async Task The_CSV_export_of_a_search_holds_the_rows_the_page_shows()
    {
        var articles = await ArticlesPage.OpenAsync(await site.NewPageAsync(), "?q=militaires");
        var shown = await articles.ShownAsync();
        Assert.NotEmpty(shown);
        Assert.Equal(await articles.TotalAsync(), shown.Count);

        var download = await articles.Page.RunAndWaitForDownloadAsync(() => articles.Page.GetByTestId("export-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        using var reader = new StreamReader(await download.PathAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var exported = new List<(long Id, string Title)>();
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
            exported.Add((csv.GetField<long>("id"), csv.GetField("title") ?? ""));

        Assert.Equal(shown, exported);
    }

    [Fact]
    public async Task The_language_switch_turns_the_labels_english_here_and_on_the_next_page()
    {
        var words = new ResourceManager(typeof(Strings));
        var english = CultureInfo.GetCultureInfo("en");
        string French(string key) => words.GetString(key, CultureInfo.InvariantCulture)!;
        string English(string key) => words.GetString(key, english)!;
        Assert.NotEqual(French("Timeline.Title"), English("Timeline.Title"));

        var timeline = await TimelinePage.OpenAsync(await site.NewPageAsync());
        await Expect(timeline.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = French("Timeline.Title"), Exact = true })).ToBeVisibleAsync();
        await timeline.SwitchLanguageAsync("en");

        await Expect(timeline.Page).ToHaveURLAsync(new Regex("/timeline$"));
        await Expect(timeline.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = English("Timeline.Title"), Exact = true })).ToBeVisibleAsync();
        await Expect(timeline.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = English("Nav.Events"), Exact = true })).ToBeVisibleAsync();
        await Expect(timeline.Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = French("Nav.Events"), Exact = true })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(timeline.Page, "timeline-in-english");

        // The choice is kept (a cookie): the next page opened speaks English too.
        var articles = await ArticlesPage.OpenAsync(timeline.Page);
        await Expect(articles.Page.GetByTestId("run-search")).ToHaveTextAsync(English("Articles.RunSearch"));
    }

    private static List<string> Keys(TimelineResult page) => [.. page.Entries.Select(e => e.Key)];

    private async Task<string> ActorNameAsync(string slug)
    {
        await using var db = site.Database.NewContext();
        return await db.Actors.Where(a => a.Slug == slug).Select(a => a.Name).SingleAsync();
    }
}
