using Microsoft.Playwright;

namespace MaliRussiaTracker.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's own Chromium driven by Playwright: no browser is downloaded (the README's test command installs
/// the `chromium` package), and Playwright's driver ships in its NuGet package.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: run the tests with build/test.sh, which installs Debian's chromium package, or `apt-get install -y chromium`.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: the tests run as root in CI containers, where Chromium's sandbox cannot start. The rest
            // keeps the browser from calling home during a test.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
