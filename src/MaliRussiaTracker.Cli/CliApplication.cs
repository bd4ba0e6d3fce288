using System.CommandLine;
using MaliRussiaTracker.Cli.Commands;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Data.Postgres;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Data.Sqlite;
using MaliRussiaTracker.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Cli;

/// <summary>
/// <c>mrt</c>: the same configuration keys and the same data setup as the web app (Database__Provider,
/// ConnectionStrings__Tracker, …), for the jobs an admin runs from a shell.
/// </summary>
public static class CliApplication
{
    /// <param name="settings">Settings laid over the environment's, as tests pass a database of their own.</param>
    /// <param name="input">Where passwords are read from; the console (without echo at a terminal) when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, IReadOnlyDictionary<string, string?>? settings = null, TextReader? input = null)
    {
        var secrets = input is null ? SecretReader.FromConsole(errors) : new SecretReader(input, errors);
        var context = new CliContext(output, errors, secrets, () => BuildServices(settings));
        var root = new RootCommand("MaliRussiaTracker: Mali–Russia military cooperation in the French-language press.")
        {
            MigrateCommand.Create(context),
            SeedCommand.Create(context),
            ImportCommand.Create(context),
            AnalyzeCommand.Create(context),
            ReanalyzeCommand.Create(context),
            FeedCommand.Create(context),
            PageCommand.Create(context),
            UsersCommand.Create(context),
        };
        var verbose = new Option<bool>("--verbose") { Description = "On an error, print its full trace too.", Recursive = true };
        root.Options.Add(verbose);
        var parsed = root.Parse(args);
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One line an admin can act on; the trace (with the build's source paths) only when asked for.
            await errors.WriteLineAsync(OneLine(e));
            if (parsed.GetValue(verbose))
                await errors.WriteLineAsync(e.ToString());
            else if (e is not InvalidOperationException { InnerException: null })
                await errors.WriteLineAsync("mrt: run again with --verbose for the details.");
            return 1;
        }
    }

    // Configuration errors (an unknown provider, a missing connection string) say all in their message; others are
    // named by their type, with the innermost cause, which is usually the database's or the file system's own words.
    private static string OneLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is { } next)
            inner = next;
        var message = e is InvalidOperationException && inner == e ? e.Message : $"{e.GetType().Name}: {inner.Message}";
        return "mrt: " + message.ReplaceLineEndings(" ");
    }

    private static ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, DisableDefaults = false });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        // Logs go to standard error, so what a command prints on standard output stays machine-readable.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Services.AddTrackerData(builder.Configuration, new SqliteDatabaseProvider(), new PostgresDatabaseProvider());
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddTrackerAccounts(builder.Configuration);
        return builder.Services.BuildServiceProvider();
    }
}

/// <summary>What every command needs: where to write, and the services, built only when a command runs.</summary>
public sealed class CliContext(TextWriter output, TextWriter errors, SecretReader secrets, Func<ServiceProvider> services)
{
    public TextWriter Output { get; } = output;

    public TextWriter Errors { get; } = errors;

    /// <summary>Where passwords come from: never the command line.</summary>
    public SecretReader Secrets { get; } = secrets;

    public ServiceProvider BuildServices() => services();

    /// <summary>
    /// The services for a command that reads or writes the database, once its schema is known to be current; null,
    /// with the user told to run <c>mrt migrate</c>, otherwise (a fresh data folder has no tables yet).
    /// </summary>
    public async Task<ServiceProvider?> BuildServicesOnCurrentSchemaAsync(CancellationToken cancellationToken)
    {
        var built = services();
        if (await MigrateCommand.IsCurrentAsync(built, cancellationToken))
            return built;
        await built.DisposeAsync();
        await Errors.WriteLineAsync("mrt: the database lacks migrations (a new database has none); run 'mrt migrate' first.");
        return null;
    }
}
