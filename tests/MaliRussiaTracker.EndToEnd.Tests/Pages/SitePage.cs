using Microsoft.Playwright;

namespace MaliRussiaTracker.EndToEnd.Tests.Pages;

/// <summary>
/// A page of the Blazor Server app. Its first HTML is prerendered: buttons are there before the circuit that
/// makes them work. The layout marks itself <c>interactive</c> on its first interactive render, and every
/// page object waits for that mark before it touches anything.
/// </summary>
public abstract class SitePage(IPage page)
{
    public IPage Page => page;

    protected async Task OpenAsync(string path)
    {
        await page.GotoAsync(path);
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Clicks the language switch in the bar; the page loads again in that language.</summary>
    public async Task SwitchLanguageAsync(string culture)
    {
        await page.GetByTestId("culture-switch").Locator($"[data-culture={culture}]").ClickAsync();
        // The switch reloads the page: the new document carries the language, then its circuit starts again.
        await Microsoft.Playwright.Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await WaitUntilInteractiveAsync();
    }

    protected Task WaitUntilInteractiveAsync() => page.GetByTestId("interactive").WaitForAsync();

    /// <summary>The first whole number in a text (« 12 entrée(s) »), whatever words the resources put around it.</summary>
    protected static int LeadingNumber(string text) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
}
