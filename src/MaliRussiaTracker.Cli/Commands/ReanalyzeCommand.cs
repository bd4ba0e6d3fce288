using System.CommandLine;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

internal static class ReanalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var ids = new Argument<long[]>("ids") { Description = "Article ids.", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Every stored article." };
        var command = new Command("reanalyze", "Read stored articles again with the world as it is now; editors' decisions stay.") { ids, all };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;
            var chosen = parse.GetValue(ids) ?? [];
            if (parse.GetValue(all))
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken);
                chosen = [.. await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken)];
            }

            if (chosen.Length == 0)
            {
                await context.Errors.WriteLineAsync("mrt: name article ids, or --all.");
                return 1;
            }

            var reanalysis = services.GetRequiredService<ArticleReanalysis>();
            var failed = 0;
            foreach (var id in chosen)
            {
                try
                {
                    await reanalysis.ReanalyseAsync(id, cancellationToken);
                }
                catch (KeyNotFoundException e)
                {
                    failed++;
                    await context.Errors.WriteLineAsync($"mrt: {e.Message}");
                }
            }

            await context.Output.WriteLineAsync($"Read again {chosen.Length - failed} article(s).");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
