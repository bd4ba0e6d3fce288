using MaliRussiaTracker.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests.Pages;

/// <summary>The sign-in page, a static form (no circuit): the cookie is set by the answer to its POST.</summary>
public sealed class SignInPage(IPage page)
{
    public IPage Page => page;

    public static async Task<SignInPage> OpenAsync(IPage page, string? returnUrl = null)
    {
        await page.GotoAsync(SignInForm.Path + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        return new SignInPage(page);
    }

    public async Task SignInAsync(TestAccount account)
    {
        await page.Locator("#username").FillAsync(account.UserName);
        await page.Locator("#password").FillAsync(account.Password);
        await page.Locator("#signin").ClickAsync();
        await Expect(page.GetByTestId("signed-in-user")).ToBeVisibleAsync();
    }
}
