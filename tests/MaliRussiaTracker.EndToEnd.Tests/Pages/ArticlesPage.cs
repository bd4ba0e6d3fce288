using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests.Pages;

public sealed class ArticlesPage(IPage page) : SitePage(page)
{
    public static async Task<ArticlesPage> OpenAsync(IPage page, string query = "")
    {
        var articles = new ArticlesPage(page);
        await articles.OpenAsync("articles" + query);
        return articles;
    }

    public ILocator Rows => Page.Locator("tr[data-article]");

    public ILocator Row(long id) => Page.Locator($"tr[data-article='{id}']");

    public async Task SearchAsync(string words)
    {
        // MudBlazor puts the attribute on the input itself or on its wrapper, depending on the component.
        await Page.Locator("input[data-testid=search], [data-testid=search] input").First.FillAsync(words);
        await Page.GetByTestId("run-search").ClickAsync();
        // The previous list stays until the new one comes: a row of both would be clicked while the list changes under it.
        await Expect(Page.GetByTestId("article-list")).ToHaveAttributeAsync("data-search", words.Trim());
    }

    public async Task<IReadOnlyList<(long Id, string Title)>> ShownAsync()
    {
        var rows = await Rows.EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.getAttribute('data-article'), r.querySelector('a').textContent.trim()])");
        return [.. rows.Select(r => (long.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), r[1]))];
    }

    public async Task<int> TotalAsync() => LeadingNumber(await Page.GetByTestId("article-total").InnerTextAsync());

    public async Task<ArticlePage> OpenArticleAsync(long id)
    {
        await Row(id).Locator("a").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/articles/{id}$"));
        return new ArticlePage(Page);
    }
}
