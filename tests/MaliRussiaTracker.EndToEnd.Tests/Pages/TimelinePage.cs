using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests.Pages;

public sealed class TimelinePage(IPage page) : SitePage(page)
{
    public static async Task<TimelinePage> OpenAsync(IPage page)
    {
        var timeline = new TimelinePage(page);
        await timeline.OpenAsync("timeline");
        return timeline;
    }

    /// <summary>The timeline with a query string already given (« ?q=Kremlin »), as from a shared link.</summary>
    public static async Task<TimelinePage> OpenAsync(IPage page, string query)
    {
        var timeline = new TimelinePage(page);
        await timeline.OpenAsync("timeline" + query);
        return timeline;
    }

    public ILocator Entries => Page.Locator("[data-entry]");

    /// <summary>One entry's card.</summary>
    public ILocator Entry(string key) => Page.Locator($"[data-entry=\"{key}\"]");

    /// <summary>Picks an owner group in « leave out » by the name it shows, then applies the filters.</summary>
    public async Task LeaveOutOwnerAsync(string ownerName)
    {
        await Page.GetByTestId("filter-without-owners").ClickAsync();
        var option = Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = ownerName, Exact = true });
        await option.ClickAsync();
        await Page.GetByTestId("filter-without-owners").FocusAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(option).ToBeHiddenAsync();
        await Page.GetByTestId("apply-filters").ClickAsync();
    }

    public async Task<IReadOnlyList<string>> EntryKeysAsync()
    {
        var keys = await Entries.EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-entry'))");
        return keys;
    }

    /// <summary>Picks an actor in the filter's list by the name it shows, then applies the filters.</summary>
    public async Task FilterByActorAsync(string actorName)
    {
        await Page.GetByTestId("filter-actors").ClickAsync();
        var option = Page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = actorName, Exact = true });
        await option.ClickAsync();
        // The multi-select stays open while choosing; Escape on its input closes it, as from the keyboard.
        await Page.GetByTestId("filter-actors").FocusAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(option).ToBeHiddenAsync();
        await Page.GetByTestId("apply-filters").ClickAsync();
    }

    /// <summary>Waits until the page shows exactly these entries, in this order.</summary>
    public async Task ExpectEntriesAsync(IReadOnlyList<string> keys)
    {
        await Expect(Entries).ToHaveCountAsync(keys.Count);
        foreach (var (key, index) in keys.Select((k, i) => (k, i)))
            await Expect(Entries.Nth(index)).ToHaveAttributeAsync("data-entry", key);
    }
}
