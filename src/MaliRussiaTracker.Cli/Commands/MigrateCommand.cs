using System.CommandLine;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("migrate", "Apply the pending migrations of the configured database.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = context.BuildServices();
            var provider = services.GetRequiredService<IDatabaseProvider>();
            var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            await context.Output.WriteLineAsync(applied.Count == 0
                ? $"The {provider.Name} database is up to date."
                : $"Applied {applied.Count} migration(s) on {provider.Name}: {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }

    /// <summary>Whether the database answers with every migration applied; commands that write check it first.</summary>
    public static async Task<bool> IsCurrentAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken);
        return !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any();
    }
}
