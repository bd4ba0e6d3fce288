using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Security;

/// <summary>The lockout rules come from the <c>Accounts</c> section.</summary>
public abstract class ConfiguredLockoutTests(DatabaseFixture database) : RunningApp(database, Settings, signInAs: null)
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Accounts:MaxFailedSignIns"] = "2", ["Accounts:LockoutDuration"] = "01:00:00" };

    [Fact]
    public async Task Two_failures_lock_the_account_for_an_hour_when_so_configured()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        using var client = App.CreateCookieClient();

        using var first = await SignInForm.SubmitAsync(client, account.UserName, "wrong once");
        using var second = await SignInForm.SubmitAsync(client, account.UserName, "wrong twice");
        using var right = await SignInForm.SubmitAsync(client, account.UserName, account.Password);

        Assert.Equal("Nom d'utilisateur ou mot de passe incorrect.", SignInForm.ErrorShown(await first.Content.ReadAsStringAsync()));
        // The rule is told to everyone; a locked account gets the same refusal as a wrong password.
        var page = System.Net.WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync());
        Assert.Equal("Nom d'utilisateur ou mot de passe incorrect.", SignInForm.ErrorShown(page));
        Assert.Contains("Après 2 essais manqués de suite, un compte est verrouillé 60 minute(s).", page, StringComparison.Ordinal);
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
    }
}

public sealed class ConfiguredLockoutTestsOnSqlite(SqliteDatabaseFixture database) : ConfiguredLockoutTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ConfiguredLockoutTestsOnPostgres(PostgresDatabaseFixture database) : ConfiguredLockoutTests(database), IClassFixture<PostgresDatabaseFixture>;
