using System.Net;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract class TokensPageTests(DatabaseFixture database) : RunningApp(database, signInAs: null)
{
    [Fact]
    public async Task The_token_page_lists_a_users_own_tokens_with_their_state_in_french_and_never_a_secret()
    {
        var (account, client) = await AnalystAsync();
        var tokens = App.Services.GetRequiredService<ApiTokens>();
        var now = TimeProvider.System.GetUtcNow();
        var kept = await tokens.CreateAsync(account.UserName, "notebook élections", now.AddDays(30), CancellationToken.None);
        var revoked = await tokens.CreateAsync(account.UserName, "ancien script", now.AddDays(30), CancellationToken.None);
        await tokens.RevokeAsync(account.UserName, revoked.Token.Id, CancellationToken.None);
        var someoneElse = await App.CreateUserAsync(TrackerRoles.Admin);
        var theirs = await tokens.CreateAsync(someoneElse.UserName, "jeton d'un autre", now.AddDays(30), CancellationToken.None);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tokens"));

        Assert.Contains(">Jetons d'accès<", html, StringComparison.Ordinal);
        Assert.Contains(">notebook élections<", html, StringComparison.Ordinal);
        Assert.Contains($">{kept.Token.Prefix}…<", html, StringComparison.Ordinal);
        Assert.Contains($">{now.AddDays(30).UtcDateTime:yyyy-MM-dd}<", html, StringComparison.Ordinal);
        Assert.Contains(">actif<", html, StringComparison.Ordinal);
        Assert.Contains(">révoqué<", html, StringComparison.Ordinal);
        Assert.Contains(">jamais<", html, StringComparison.Ordinal);
        // One revoke button: the revoked token has none.
        Assert.Single(html.Split("data-testid=\"token-revoke\"").Skip(1));
        Assert.DoesNotContain("jeton d'un autre", html, StringComparison.Ordinal);
        Assert.DoesNotContain(kept.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Token.Prefix, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_page_in_english_says_it_in_english_and_an_empty_list_says_so()
    {
        var (_, client) = await AnalystAsync();

        using var switched = await client.GetAsync("/culture?name=en&back=/");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tokens"));

        Assert.Contains(">Access tokens<", html, StringComparison.Ordinal);
        Assert.Contains(">You have no token yet.<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jetons", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_rather_than_shown_the_page()
    {
        using var response = await Anonymous.GetAsync("/tokens");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString.Split('?')[0]);
    }

    private async Task<(TestAccount Account, HttpClient Client)> AnalystAsync()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        var client = await App.SignInAsync(account);
        return (account, client);
    }
}

public sealed class TokensPageTestsOnSqlite(SqliteDatabaseFixture database) : TokensPageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class TokensPageTestsOnPostgres(PostgresDatabaseFixture database) : TokensPageTests(database), IClassFixture<PostgresDatabaseFixture>;
