using System.CommandLine;
using MaliRussiaTracker.Data.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

/// <summary>
/// <c>mrt users</c>: accounts and their roles. The first admin of a fresh installation is made here (or from
/// the Bootstrap configuration at the web app's first start); no account ever exists with a default password.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(CliContext context)
    {
        var roles = string.Join(", ", TrackerRoles.All);
        var name = new Argument<string>("name") { Description = "The user's sign-in name." };

        var role = new Option<string>("--role") { Description = $"One of {roles}.", Required = true };
        var add = new Command("add", "Make an account; the password is read from the terminal (not shown) or from standard input.") { name, role };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var (password, problem) = await context.Secrets.ReadNewAsync("Password: ");
            if (password is null)
                return await FailAsync(context, problem!);
            return await RunAsync(context, accounts => accounts.AddAsync(parse.GetRequiredValue(name), password, parse.GetRequiredValue(role), cancellationToken),
                $"User {parse.GetRequiredValue(name)} added as {TrackerRoles.Find(parse.GetRequiredValue(role))}.", cancellationToken);
        });

        var newRole = new Argument<string>("role") { Description = $"One of {roles}." };
        var setRole = new Command("set-role", "Give the user another role (their open sessions end).") { name, newRole };
        setRole.SetAction((parse, cancellationToken) => RunAsync(context,
            accounts => accounts.SetRoleAsync(parse.GetRequiredValue(name), parse.GetRequiredValue(newRole), cancellationToken),
            $"{parse.GetRequiredValue(name)} is now {TrackerRoles.Find(parse.GetRequiredValue(newRole))}.", cancellationToken));

        var setPassword = new Command("set-password", "Give the user a new password, read as for add (their open sessions end).") { name };
        setPassword.SetAction(async (parse, cancellationToken) =>
        {
            var (password, problem) = await context.Secrets.ReadNewAsync("New password: ");
            if (password is null)
                return await FailAsync(context, problem!);
            return await RunAsync(context, accounts => accounts.SetPasswordAsync(parse.GetRequiredValue(name), password),
                $"Password of {parse.GetRequiredValue(name)} changed.", cancellationToken);
        });

        var unlock = new Command("unlock", "End a lockout after failed sign-ins.") { name };
        unlock.SetAction((parse, cancellationToken) => RunAsync(context,
            accounts => accounts.UnlockAsync(parse.GetRequiredValue(name)), $"{parse.GetRequiredValue(name)} is unlocked.", cancellationToken));

        var remove = new Command("remove", "Delete the account (the audit keeps the name on what it did).") { name };
        remove.SetAction((parse, cancellationToken) => RunAsync(context,
            accounts => accounts.RemoveAsync(parse.GetRequiredValue(name)), $"User {parse.GetRequiredValue(name)} removed.", cancellationToken));

        var list = new Command("list", "The accounts, their role, and whether they are locked out.");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var user in await services.GetRequiredService<UserListQuery>().GetAsync(cancellationToken))
            {
                var state = user.LockedUntil > now ? $"locked until {user.LockedUntil:u}" : "active";
                await context.Output.WriteLineAsync($"{user.UserName}\t{(user.Roles.Count == 0 ? "(no role)" : string.Join(",", user.Roles))}\t{state}");
            }

            return 0;
        });

        return new Command("users", "Accounts and roles (Admin, Editor, Analyst).") { add, list, setRole, setPassword, unlock, remove };
    }

    private static async Task<int> RunAsync(CliContext context, Func<UserAccounts, Task<AccountResult>> change, string done, CancellationToken cancellationToken)
    {
        await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
        if (services is null)
            return 1;
        await using var scope = services.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<UserAccounts>());
        if (!result.Succeeded)
            return await FailAsync(context, string.Join(" ", result.Errors));
        await context.Output.WriteLineAsync(done);
        return 0;
    }

    private static async Task<int> FailAsync(CliContext context, string problem)
    {
        await context.Errors.WriteLineAsync($"mrt: {problem}");
        return 1;
    }
}
