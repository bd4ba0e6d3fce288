using System.Diagnostics;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Postgres;
using MaliRussiaTracker.Data.Queries;
using MaliRussiaTracker.Data.Sqlite;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion;
using MaliRussiaTracker.Ingestion.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>
/// What an analyst waits for on a big database: PostgreSQL filled with generated articles and events (binary
/// COPY), or the same copied into the embedded default's SQLite file, then the query services the pages call, each timed over many runs with varied parameters, median
/// and 95th percentile printed. The time is the service call's, as the page sees it: SQL, network and
/// materialisation.
/// </summary>
internal static class BrowseBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BrowseBenchmarkOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(BrowseBenchmarkOptions.Usage);
            return 2;
        }

        if (options.OnSqlite && options.Database is not null)
            return await TimeAsync(options, options.Database, kept: true);

        var database = options.Database ?? "mrt_browse_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(options.Server) { Database = database, CommandTimeout = 0 }.ToString();
        var made = options.Database is null;
        try
        {
            await using var services = BuildServices("Postgres", connectionString);
            if (made)
            {
                await ExecuteOnServerAsync(options.Server, $"CREATE DATABASE \"{database}\"");
                Console.WriteLine($"== Filling {database}: {options.Articles:N0} articles, {options.Events:N0} events");
                var clock = Stopwatch.StartNew();
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                await services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);
                await new BrowseFill(connectionString, options.Articles, options.Events).RunAsync();
                Console.WriteLine($"   filled in {clock.Elapsed.TotalMinutes:N1} min; {await SizeAsync(connectionString)} on disk");
            }
            else
            {
                // A kept database may predate index changes: bring it to the current migrations first.
                await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            }

            if (!options.OnSqlite)
                return await TimeAsync(options, services);

            var file = Path.Combine(Path.GetTempPath(), $"{database}.db");
            Console.WriteLine($"== Copying into {file}, migrated by the app's SQLite migrations");
            var copying = Stopwatch.StartNew();
            var sqlite = $"Data Source={file};Foreign Keys=True;Default Timeout=30";
            await using (var target = BuildServices("Sqlite", sqlite))
            {
                await target.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                await using var from = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
                await using var to = await target.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
                await SqliteCopy.RunAsync(from, to);
            }

            SqliteConnection.ClearAllPools();
            Console.WriteLine($"   copied in {copying.Elapsed.TotalMinutes:N1} min; {new FileInfo(file).Length / (1024.0 * 1024):N0} MB on disk");
            return await TimeAsync(options, file, kept: options.Keep);
        }
        finally
        {
            if (made && !options.Keep)
                await ExecuteOnServerAsync(options.Server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            else if (!options.OnSqlite)
                Console.WriteLine($"== Kept database {database}");
        }
    }

    private static async Task<int> TimeAsync(BrowseBenchmarkOptions options, string file, bool kept)
    {
        try
        {
            await using var services = BuildServices("Sqlite", $"Data Source={file};Foreign Keys=True;Default Timeout=30");
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            return await TimeAsync(options, services);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (kept)
            {
                Console.WriteLine($"== Kept SQLite file {file} (time it again with --provider sqlite --database {file})");
            }
            else
            {
                foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
                    File.Delete(path);
            }
        }
    }

    private static async Task<int> TimeAsync(BrowseBenchmarkOptions options, ServiceProvider services)
    {
        var provider = options.OnSqlite ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"== Timing the query services on {provider}, {options.Runs} runs each (load average {LoadAverage()})");
        var results = await new BrowseScenarios(services, options.Only).RunAsync(options.Runs);
        Console.WriteLine();
        Console.WriteLine($"== Time of the pages' queries on {provider}, {options.Articles:N0} articles and {options.Events:N0} events ({Environment.ProcessorCount} cores; load average {LoadAverage()})");
        Console.WriteLine($"   {"query",-44} {"median",9} {"p95",9} {"max",9}   aim p95 < {options.AimMilliseconds:N0} ms");
        foreach (var result in results)
            Console.WriteLine($"   {result.Name,-44} {result.Median,6:N1} ms {result.P95,6:N1} ms {result.Max,6:N1} ms   {(result.P95 < options.AimMilliseconds ? "ok" : "MISSED")}");
        return 0;
    }

    private static ServiceProvider BuildServices(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = provider,
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrackerData(configuration, new PostgresDatabaseProvider(), new SqliteDatabaseProvider());
        services.AddBrowsingQueries();
        services.AddIngestion(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SizeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
