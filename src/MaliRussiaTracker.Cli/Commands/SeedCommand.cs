using System.CommandLine;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var demo = new Option<bool?>("--demo") { Description = "Also load the five demo articles (default: only on the embedded database)." };
        var command = new Command("seed", "Insert what the database lacks of the starting world; change nothing that is there.") { demo };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;

            var report = await services.GetRequiredService<StartingDataLoader>().LoadAsync(parse.GetValue(demo), cancellationToken);
            var world = report.World;
            await context.Output.WriteLineAsync(
                $"Added {world.Actors} actor(s), {world.Places} place(s), {world.Events} event(s), {world.Agreements} agreement(s) and {report.DemoArticles} demo article(s).");
            if (report.ArticlesIdentified > 0)
                await context.Output.WriteLineAsync($"Found the outlet of {report.ArticlesIdentified} stored article(s).");
            return 0;
        });
        return command;
    }
}
