using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using MaliRussiaTracker.EndToEnd.Tests.Pages;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// The application as analysts meet it: on PostgreSQL (French search needs it), on a real Kestrel on the
/// loopback, with the starting world, the demo articles and the test's own articles, and a headless Chromium
/// to browse it. Started once for the test class; each test opens its own browser context.
/// </summary>
public sealed class AnalystSite : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture _database = new();
    private TrackerWebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri RootUri => _app?.RootUri ?? throw new InvalidOperationException("The site is not started yet.");

    public DatabaseFixture Database => _database;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = new TrackerWebApplication(_database, RunningApp.WithDemoArticles, services: CommandLog.Install);
        _app.StartAndCreateClient().Dispose();
        // After the app's start, so the engine reads these against the seeded world, as it would in production.
        var import = await _database.Services.GetRequiredService<ImportService>()
            .ImportAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "singular-militaire.jsonl"), "end-to-end", null, CancellationToken.None);
        if (import.Error is not null)
            throw new InvalidOperationException("The test articles did not import: " + import.Error);
        (_playwright, Browser) = await Chromium.LaunchAsync();
        // Expectations wait for the page to get there (a round trip over the circuit each): on a loaded CI
        // machine that takes longer than Playwright's 5 s default. Still a bound, never a retry.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>Stores an article through the one door every article comes in by, under a URL of its own; returns its id.</summary>
    public async Task<long> TakeInAsync(string text, string path)
    {
        var stored = await Database.Services.GetRequiredService<ArticleIntake>().SubmitAsync(
            new ArticleSubmission(text + $"\nRéférence {Guid.NewGuid():N}.") { Url = $"https://e2e.example/{path}/{Guid.NewGuid():N}", Outlet = "Bout en bout" },
            CancellationToken.None);
        return stored.ArticleId;
    }

    public TrackerWebApplication App => _app ?? throw new InvalidOperationException("The site is not started yet.");

    /// <summary>
    /// A fresh browser context (cookies, downloads) whose relative URLs go to the running app, signed in through the
    /// sign-in form as a new account with <paramref name="role"/> (an analyst unless said), or not at all when null.
    /// </summary>
    public async Task<IPage> NewPageAsync(string? role = TrackerRoles.Analyst)
    {
        var page = await NewAnonymousPageAsync();
        // The sign-in page first: even an anonymous page has been through it under the policy.
        if (role is null)
            return page;
        await (await SignInPage.OpenAsync(page)).SignInAsync(await App.CreateUserAsync(role));
        return page;
    }

    /// <summary>A fresh browser context signed in through the sign-in form as <paramref name="account"/>: one more session of that user.</summary>
    public async Task<IPage> NewPageAsync(TestAccount account)
    {
        var page = await NewAnonymousPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsync(account);
        return page;
    }

    private async Task<IPage> NewAnonymousPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = RootUri.ToString(),
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "fr-FR",
        });
        var page = await context.NewPageAsync();
        // What the browser refused under the Content-Security-Policy, or any script error, from the first page on.
        var troubles = _troubles.GetOrCreateValue(page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal)))
                lock (troubles)
                    troubles.Add(message.Text);
        };
        page.PageError += (_, error) =>
        {
            lock (troubles)
                troubles.Add(error);
        };
        return page;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> _troubles = [];

    /// <summary>The policy violations and script errors the page met since it opened, sign-in included.</summary>
    public IReadOnlyList<string> TroublesOf(IPage page)
    {
        var troubles = _troubles.GetOrCreateValue(page);
        lock (troubles)
            return [.. troubles];
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_app is not null)
            await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
