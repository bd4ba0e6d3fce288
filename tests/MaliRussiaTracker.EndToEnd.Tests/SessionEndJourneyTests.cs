using System.Diagnostics;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// A page left open in a browser is a live circuit that sends no request of its own: a role change or a sign-out
/// elsewhere must still end it, from the server, within the revalidation interval (10 s).
/// </summary>
public sealed partial class SessionEndJourneyTests(AnalystSite site, ITestOutputHelper output) : IClassFixture<AnalystSite>
{
    private const string ReviewedText = """
        Bamako, le 20 février 2026 – Le ministre malien Abdoulaye Diop a reçu l'ambassadeur de Russie pour parler de
        la coopération militaire et de la livraison d'hélicoptères russes aux forces armées maliennes.
        """;

    // Twice the revalidation interval: long enough on a loaded machine, far short of the five minutes it once took.
    private static readonly LocatorAssertionsToBeVisibleOptions WithinTwoRevalidations = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_demoted_editor_s_open_review_page_closes_on_its_own_and_sends_them_to_sign_in()
    {
        var articleId = await site.TakeInAsync(ReviewedText, "retrait-role");
        var editor = await site.App.CreateUserAsync(TrackerRoles.Editor);
        var page = await site.NewPageAsync(editor);
        await OpenReviewAsync(page, articleId);

        var clock = Stopwatch.StartNew();
        await using (var scope = site.App.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetRoleAsync(editor.UserName, TrackerRoles.Analyst, CancellationToken.None)).Succeeded);

        await Expect(page.Locator("#username")).ToBeVisibleAsync(WithinTwoRevalidations);
        output.WriteLine($"The open review page left for the sign-in page {clock.Elapsed.TotalSeconds:0.0} s after the role changed.");
        await Expect(page).ToHaveURLAsync(SignInAddress());
        await Expect(page.GetByTestId("findings")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_closes_the_same_user_s_open_page_in_another()
    {
        var articleId = await site.TakeInAsync(ReviewedText, "deconnexion-ailleurs");
        var editor = await site.App.CreateUserAsync(TrackerRoles.Editor);
        var office = await site.NewPageAsync(editor);
        var home = await site.NewPageAsync(editor);
        await OpenReviewAsync(home, articleId);

        var clock = Stopwatch.StartNew();
        await office.GetByTestId("signout").ClickAsync();
        await Expect(office.Locator("#username")).ToBeVisibleAsync();

        await Expect(home.Locator("#username")).ToBeVisibleAsync(WithinTwoRevalidations);
        output.WriteLine($"The other browser's open page left for the sign-in page {clock.Elapsed.TotalSeconds:0.0} s after the sign-out.");
        await Expect(home).ToHaveURLAsync(SignInAddress());
        // And going back to the page does not open it again: the session is over, not only the circuit.
        await home.GotoAsync($"review/{articleId}");
        await Expect(home.Locator("#username")).ToBeVisibleAsync();
    }

    private static async Task OpenReviewAsync(IPage page, long articleId)
    {
        await page.GotoAsync($"review/{articleId}");
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.GetByTestId("finding").First).ToBeVisibleAsync();
    }

    [GeneratedRegex("/account/signin")]
    private static partial Regex SignInAddress();
}
