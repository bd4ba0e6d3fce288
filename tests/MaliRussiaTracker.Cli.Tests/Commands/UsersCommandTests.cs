using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Tests.Commands;

public abstract class UsersCommandTests(DatabaseFixture database)
{
    [Fact]
    public async Task Users_add_takes_the_password_from_standard_input_and_the_account_holds_it_with_its_role()
    {
        var added = await RunAsync("correct horse battery\n", "users", "add", "awa", "--role", "editor");

        Assert.Equal((0, "User awa added as Editor."), (added.Exit, added.Output.Trim()));
        Assert.DoesNotContain("correct horse battery", added.Output + added.Errors, StringComparison.Ordinal);
        await using var services = AccountServices();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync("awa");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, "correct horse battery"));
        Assert.Equal(["Editor"], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task A_short_password_an_unknown_role_and_a_missing_password_are_refused_and_make_no_account()
    {
        var shortPassword = await RunAsync("short\n", "users", "add", "bakary", "--role", "Analyst");
        var unknownRole = await RunAsync("long enough password\n", "users", "add", "bakary", "--role", "Chief");
        var noPassword = await RunAsync("", "users", "add", "bakary", "--role", "Analyst");
        var list = await RunAsync("", "users", "list");

        Assert.Equal(1, shortPassword.Exit);
        Assert.Contains("at least 12 characters", shortPassword.Errors, StringComparison.Ordinal);
        Assert.Equal((1, "mrt: 'Chief' is not a role. Roles: Analyst, Editor, Admin."), (unknownRole.Exit, unknownRole.Errors.Trim()));
        Assert.Equal((1, "mrt: no password on standard input."), (noPassword.Exit, noPassword.Errors.Trim()));
        Assert.DoesNotContain("bakary", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_change_and_accounts_go_but_the_last_admin_stays()
    {
        await RunAsync("first admin password\n", "users", "add", "chef", "--role", "Admin");
        await RunAsync("analyst password 1\n", "users", "add", "dado", "--role", "Analyst");

        var promoted = await RunAsync("", "users", "set-role", "dado", "Admin");
        var demoted = await RunAsync("", "users", "set-role", "chef", "Editor");
        var lastAdminDemoted = await RunAsync("", "users", "set-role", "dado", "Analyst");
        var lastAdminRemoved = await RunAsync("", "users", "remove", "dado");
        var unknown = await RunAsync("", "users", "remove", "nobody");
        var removed = await RunAsync("", "users", "remove", "chef");
        var list = await RunAsync("", "users", "list");

        Assert.Equal((0, 0), (promoted.Exit, demoted.Exit));
        Assert.Equal((1, "mrt: dado is the only admin; make another admin first."), (lastAdminDemoted.Exit, lastAdminDemoted.Errors.Trim()));
        Assert.Equal((1, "mrt: dado is the only admin; make another admin first."), (lastAdminRemoved.Exit, lastAdminRemoved.Errors.Trim()));
        Assert.Equal((1, "mrt: there is no user nobody."), (unknown.Exit, unknown.Errors.Trim()));
        Assert.Equal(0, removed.Exit);
        Assert.Contains("dado\tAdmin\tactive", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("chef", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one_and_a_refused_one_keeps_it()
    {
        await RunAsync("the old password\n", "users", "add", "fanta", "--role", "Analyst");

        var refused = await RunAsync("tiny\n", "users", "set-password", "fanta");
        var changed = await RunAsync("the new password\n", "users", "set-password", "fanta");

        Assert.Equal(1, refused.Exit);
        Assert.Equal(0, changed.Exit);
        await using var services = AccountServices();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByNameAsync("fanta");
        Assert.True(await users.CheckPasswordAsync(user!, "the new password"));
        Assert.False(await users.CheckPasswordAsync(user!, "the old password"));
    }

    private ServiceProvider AccountServices() =>
        DatabaseFixture.BuildServices(database.Settings, services => services.AddTrackerAccounts(new ConfigurationBuilder().Build()));

    private async Task<(int Exit, string Output, string Errors)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        using var reader = new StringReader(input);
        var exit = await CliApplication.RunAsync(args, output, errors, database.Settings, reader);
        return (exit, output.ToString(), errors.ToString());
    }
}

public sealed class UsersCommandTestsOnSqlite(SqliteDatabaseFixture database) : UsersCommandTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class UsersCommandTestsOnPostgres(PostgresDatabaseFixture database) : UsersCommandTests(database), IClassFixture<PostgresDatabaseFixture>;
