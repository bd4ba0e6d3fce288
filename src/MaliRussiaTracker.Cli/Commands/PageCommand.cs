using System.CommandLine;
using MaliRussiaTracker.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

internal static class PageCommand
{
    public static Command Create(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "The article's address." };
        var add = new Command("add", "Queue one page for the worker, the way a feed's entry is queued.") { url };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetRequiredValue(url);
            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;
            var outcome = await services.GetRequiredService<PageQueue>().EnqueueAsync(address, null, null, cancellationToken);
            var (message, exit) = outcome switch
            {
                EnqueueOutcome.Queued => ($"Queued {address}; the worker fetches it shortly.", 0),
                EnqueueOutcome.AlreadyWaiting => ($"{address} is already waiting in the queue.", 0),
                EnqueueOutcome.AlreadyStored => ($"{address} is already stored as an article.", 0),
                EnqueueOutcome.Refused => ($"mrt: '{address}' is refused: its host is not a public address (see Ingestion:Fetching:AllowedHosts).", 1),
                EnqueueOutcome.TooLong => ($"mrt: the address has {address.Trim().Length:N0} characters, more than an article's URL may have.", 1),
                _ => ($"mrt: '{address}' is not an http(s) address.", 1),
            };
            await (exit == 0 ? context.Output : context.Errors).WriteLineAsync(message);
            return exit;
        });
        return new Command("page", "Single pages added by hand.") { add };
    }
}
