using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Security;

/// <summary>A fresh database started without any Bootstrap setting: the roles exist, and no account does.</summary>
public abstract class FreshStartTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_fresh_start_without_bootstrap_settings_makes_the_three_roles_and_no_account()
    {
        await using (var app = new TrackerWebApplication(database))
            app.StartAndCreateClient().Dispose();

        await using var db = database.NewContext();
        Assert.Empty(await db.Users.ToListAsync());
        Assert.Equal(["Admin", "Analyst", "Editor"], (await db.Roles.Select(r => r.Name!).ToListAsync()).Order(StringComparer.Ordinal));
    }
}

public sealed class FreshStartTestsOnSqlite(SqliteDatabaseFixture database) : FreshStartTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class FreshStartTestsOnPostgres(PostgresDatabaseFixture database) : FreshStartTests(database), IClassFixture<PostgresDatabaseFixture>;

/// <summary>The first admin from configuration: made once, when no admin exists, and never again.</summary>
public abstract class BootstrapAdminTests(DatabaseFixture database)
{
    [Fact]
    public async Task The_configured_admin_is_made_at_the_first_start_and_ignored_once_an_admin_exists()
    {
        await StartAndStopAsync(new() { ["Bootstrap:AdminUser"] = "premier", ["Bootstrap:AdminPassword"] = "first start password" });
        await StartAndStopAsync(new() { ["Bootstrap:AdminUser"] = "premier", ["Bootstrap:AdminPassword"] = "another password here" });
        await StartAndStopAsync(new() { ["Bootstrap:AdminUser"] = "second", ["Bootstrap:AdminPassword"] = "second admin password" });

        var services = DatabaseFixture.BuildServices(database.Settings, s => s.AddTrackerAccounts(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var admins = await users.GetUsersInRoleAsync(TrackerRoles.Admin);
            var admin = Assert.Single(admins);
            Assert.Equal("premier", admin.UserName);
            Assert.True(await users.CheckPasswordAsync(admin, "first start password"));
            Assert.Null(await users.FindByNameAsync("second"));
        }
    }

    private async Task StartAndStopAsync(Dictionary<string, string?> settings)
    {
        await using var app = new TrackerWebApplication(database, settings);
        app.StartAndCreateClient().Dispose();
    }
}

public sealed class BootstrapAdminTestsOnSqlite(SqliteDatabaseFixture database) : BootstrapAdminTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class BootstrapAdminTestsOnPostgres(PostgresDatabaseFixture database) : BootstrapAdminTests(database), IClassFixture<PostgresDatabaseFixture>;

/// <summary>A first admin whose password the rules refuse: on a database of its own, where no admin exists yet.</summary>
public abstract class RefusedBootstrapAdminTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_bootstrap_password_the_rules_refuse_stops_the_start_and_says_why()
    {
        await using var app = new TrackerWebApplication(database, new Dictionary<string, string?> { ["Bootstrap:AdminUser"] = "court", ["Bootstrap:AdminPassword"] = "short" });

        var error = Record.Exception(() => app.StartAndCreateClient());

        Assert.NotNull(error);
        Assert.Contains("Bootstrap:AdminUser 'court' could not be made: Passwords must be at least 12 characters.", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class RefusedBootstrapAdminTestsOnSqlite(SqliteDatabaseFixture database) : RefusedBootstrapAdminTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class RefusedBootstrapAdminTestsOnPostgres(PostgresDatabaseFixture database) : RefusedBootstrapAdminTests(database), IClassFixture<PostgresDatabaseFixture>;
