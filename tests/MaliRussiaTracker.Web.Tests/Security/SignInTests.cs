using System.Net;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Security;

public abstract class SignInTests(DatabaseFixture database) : RunningApp(database, signInAs: null)
{
    [Fact]
    public async Task The_right_password_leads_back_to_the_page_asked_for_with_an_http_only_lax_session_cookie()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        using var client = App.CreateCookieClient();

        using var response = await SignInForm.SubmitAsync(client, account.UserName, account.Password, returnUrl: "/timeline?from=2025-01-01");
        using var page = await client.GetAsync("/timeline?from=2025-01-01");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/timeline?from=2025-01-01", OnThisSite(response.Headers.Location));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        // Plain HTTP here: SameAsRequest leaves Secure off, so the cookie comes back; over HTTPS it is marked Secure.
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_refusal_and_no_cookie()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        using var client = App.CreateCookieClient();

        using var wrongPassword = await SignInForm.SubmitAsync(client, account.UserName, "not the password");
        using var unknownName = await SignInForm.SubmitAsync(client, "nobody-here", "not the password");

        foreach (var response in new[] { wrongPassword, unknownName })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Nom d'utilisateur ou mot de passe incorrect.", SignInForm.ErrorShown(await response.Content.ReadAsStringAsync()));
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_so_that_even_the_right_password_is_refused()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Editor);
        using var client = App.CreateCookieClient();

        for (var attempt = 1; attempt <= 3; attempt++)
            (await SignInForm.SubmitAsync(client, account.UserName, $"wrong {attempt}")).Dispose();
        using var fourth = await SignInForm.SubmitAsync(client, account.UserName, "wrong 4");
        using var fifth = await SignInForm.SubmitAsync(client, account.UserName, "wrong 5");
        using var rightPassword = await SignInForm.SubmitAsync(client, account.UserName, account.Password);

        // Locked or not, the same refusal: only the account's owner could tell, by the right password failing.
        const string Refused = "Nom d'utilisateur ou mot de passe incorrect.";
        Assert.Equal(Refused, SignInForm.ErrorShown(await fourth.Content.ReadAsStringAsync()));
        Assert.Equal(Refused, SignInForm.ErrorShown(await fifth.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Equal(Refused, SignInForm.ErrorShown(await rightPassword.Content.ReadAsStringAsync()));
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var lockedUntil = (await users.FindByNameAsync(account.UserName))!.LockoutEnd;
        Assert.NotNull(lockedUntil);
        var remaining = lockedUntil.Value - TimeProvider.System.GetUtcNow();
        Assert.InRange(remaining, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_anti_forgery_token_is_refused_and_signs_nobody_in()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Admin);
        using var client = App.CreateCookieClient();
        (await client.GetAsync(SignInForm.Path)).Dispose();

        using var response = await client.PostAsync(SignInForm.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", [SignInForm.UserNameField] = account.UserName, [SignInForm.PasswordField] = account.Password,
        }));
        using var page = await client.GetAsync("/timeline");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/signin", page.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_return_address_on_another_site_leads_home_instead()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        using var client = App.CreateCookieClient();

        using var response = await SignInForm.SubmitAsync(client, account.UserName, account.Password, returnUrl: "//evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", OnThisSite(response.Headers.Location));
    }

    [Fact]
    public async Task Signing_out_takes_a_post_with_the_pages_token_and_ends_the_session()
    {
        var client = await SignedInClientAsync(TrackerRoles.Analyst);
        var page = await client.GetStringAsync("/timeline");
        var token = System.Text.RegularExpressions.Regex.Match(page, "action=\"account/signout\" method=\"post\"><input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"").Groups["token"].Value;

        using var withoutToken = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));
        using var stillIn = await client.GetAsync("/timeline");
        using var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        using var after = await client.GetAsync("/timeline");

        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/account/signin"), (signedOut.StatusCode, OnThisSite(signedOut.Headers.Location)));
        Assert.Equal((HttpStatusCode.Redirect, "/account/signin"), (after.StatusCode, after.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task The_layout_names_who_is_signed_in_and_the_menu_shows_only_what_the_role_can_use()
    {
        var analyst = await SignedInClientAsync(TrackerRoles.Analyst);
        var admin = await SignedInClientAsync(TrackerRoles.Admin);

        var analystPage = WebUtility.HtmlDecode(await analyst.GetStringAsync("/timeline"));
        var adminPage = WebUtility.HtmlDecode(await admin.GetStringAsync("/timeline"));

        Assert.Matches("data-testid=\"signed-in-user\"[^>]*>analyst-[0-9a-f]+ \\(analyste\\)", analystPage);
        Assert.Contains("Chronologie", analystPage, StringComparison.Ordinal);
        Assert.DoesNotContain("File de revue", analystPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Utilisateurs", analystPage, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"signed-in-user\"[^>]*>admin-[0-9a-f]+ \\(administrateur\\)", adminPage);
        Assert.Contains("File de revue", adminPage, StringComparison.Ordinal);
        Assert.Contains("Utilisateurs", adminPage, StringComparison.Ordinal);
    }

    /// <summary>The path and query of a redirect, which must stay on the app's own host.</summary>
    private string? OnThisSite(Uri? location)
    {
        if (location is null || !location.IsAbsoluteUri)
            return location?.OriginalString;
        Assert.Equal(App.RootUri.Authority, location.Authority);
        return location.PathAndQuery;
    }
}

public sealed class SignInTestsOnSqlite(SqliteDatabaseFixture database) : SignInTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class SignInTestsOnPostgres(PostgresDatabaseFixture database) : SignInTests(database), IClassFixture<PostgresDatabaseFixture>;
