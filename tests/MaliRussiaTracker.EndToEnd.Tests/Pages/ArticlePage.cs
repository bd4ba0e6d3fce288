using Microsoft.Playwright;

namespace MaliRussiaTracker.EndToEnd.Tests.Pages;

public sealed class ArticlePage(IPage page) : SitePage(page)
{
    public ILocator Text => Page.GetByTestId("article-text");

    /// <summary>The quotes marked in the text; each says its speaker in its title, the browser's hover text.</summary>
    public ILocator Quotes => Text.Locator("[data-mark~='quote']");
}
