using System.CommandLine;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

internal static class FeedCommand
{
    // The column's length.
    private const int MaxUrlLength = 2048;

    public static Command Create(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "The feed's address (RSS 2.0 or Atom)." };
        var every = new Option<TimeSpan>("--every") { Description = "How often to poll it (e.g. 00:30:00).", DefaultValueFactory = _ => TimeSpan.FromMinutes(30) };
        var add = new Command("add", "Add a feed; the worker polls it from now on.") { url, every };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetRequiredValue(url).Trim();
            if (address.Length > MaxUrlLength)
            {
                await context.Errors.WriteLineAsync($"mrt: the address has {address.Length:N0} characters, more than a feed's URL may have ({MaxUrlLength:N0}).");
                return 1;
            }

            if (!ArticleFields.IsWebAddress(address) || ContentKeys.CanonicalUrl(address) is null)
            {
                await context.Errors.WriteLineAsync($"mrt: '{address}' is not an http(s) address.");
                return 1;
            }

            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;
            if (services.GetRequiredService<OutboundAddressPolicy>().RefusalOf(new Uri(address)) is { } refusal)
            {
                await context.Errors.WriteLineAsync($"mrt: '{address}' is refused: {refusal} (see Ingestion:Fetching:AllowedHosts).");
                return 1;
            }

            await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken);
            if (await db.Feeds.AnyAsync(f => f.Url == address, cancellationToken))
            {
                await context.Errors.WriteLineAsync($"mrt: the feed {address} is already there.");
                return 1;
            }

            var feed = new Feed { Url = address, PollInterval = parse.GetValue(every), NextCheckAt = services.GetRequiredService<TimeProvider>().GetUtcNow() };
            db.Feeds.Add(feed);
            await db.SaveChangesAsync(cancellationToken);
            await context.Output.WriteLineAsync($"Feed {feed.Id} added: {address}, polled every {feed.PollInterval}.");
            return 0;
        });

        var list = new Command("list", "The feeds, with their polling state and last error.");
        list.SetAction(async (_, cancellationToken) =>
        {
            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;
            await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken);
            foreach (var feed in await db.Feeds.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken))
            {
                var state = feed.IsPaused ? "paused" : feed.ErrorCount > 0 ? $"{feed.ErrorCount} error(s): {feed.LastError}" : "ok";
                await context.Output.WriteLineAsync($"{feed.Id}\t{feed.Url}\tlast {feed.LastCheckedAt?.ToString("u") ?? "never"}\tnext {feed.NextCheckAt:u}\t{state}");
            }

            return 0;
        });

        return new Command("feed", "Feeds the worker polls.") { add, list };
    }
}
