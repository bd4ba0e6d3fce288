using System.Diagnostics;
using System.Text.Json;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Admin;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Tests.Commands;

/// <summary>An importer killed outright (kill -9: nothing of it runs after), then the same file imported again at once.</summary>
public abstract class KilledImportTests(DatabaseFixture database) : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);
    private readonly string _folder = Directory.CreateTempSubdirectory("mrt-killed-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task An_import_killed_halfway_shows_interrupted_and_a_run_right_after_resumes_the_same_batch()
    {
        const int count = 4000;
        var tag = "k" + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(_folder, $"{tag}.jsonl");
        await File.WriteAllLinesAsync(file, Enumerable.Range(1, count).Select(i => JsonSerializer.Serialize(new
        {
            url = $"https://killed.example/{tag}/{i}",
            text = $"Article {i} ({tag}) : le Mali et la Russie renforcent leur coopération militaire, selon le ministre {i}.",
        })));

        using (var child = StartImport(file))
        {
            var first = await WaitForAsync(async db => await db.ImportBatches.Where(b => b.FileName == Path.GetFileName(file))
                .Select(b => new { b.Id, Items = db.ImportItems.Count(i => i.ImportBatchId == b.Id) }).FirstOrDefaultAsync() is { Items: >= 100 } found ? found : null, child);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();

            await using var services = DatabaseFixture.BuildServices(database.Settings);
            var shown = await WaitForAsync(async _ => await services.GetRequiredService<ImportBatchesQuery>().GetAsync(first.Id, CancellationToken.None) is { Status: ImportBatchStatus.Interrupted } row ? row : null, null);
            Assert.True(shown.Imported < count);

            var resumed = await services.GetRequiredService<ImportService>().ImportAsync(file, "test", null, CancellationToken.None);

            Assert.Equal(first.Id, resumed.Id);
            Assert.Equal(ImportBatchStatus.Completed, resumed.Status);
            await using var db = database.NewContext();
            Assert.Equal(1, await db.ImportBatches.CountAsync(b => b.FileName == Path.GetFileName(file)));
            var items = await db.ImportItems.Where(i => i.ImportBatchId == first.Id).ToListAsync();
            Assert.Equal(Enumerable.Range(1, count), items.Select(i => i.Position).Order());
            Assert.All(items, i => Assert.Equal(ImportOutcome.Imported, i.Outcome));
            Assert.Equal(count, await db.Articles.CountAsync(a => a.Url!.Contains(tag)));
        }
    }

    private Process StartImport(string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mrt.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(file);
        foreach (var (key, value) in database.Settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<T> WaitForAsync<T>(Func<Data.TrackerDbContext, Task<T?>> probe, Process? child) where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = database.NewContext())
            {
                if (await probe(db) is { } found)
                    return found;
            }

            if (child is { HasExited: true })
                Assert.Fail($"The import ended by itself (exit {child.ExitCode}) before it could be killed.");
            Assert.True(clock.Elapsed < Deadline, $"Not done within {Deadline}.");
            await Task.Delay(50);
        }
    }
}

public sealed class KilledImportTestsOnSqlite(SqliteDatabaseFixture database) : KilledImportTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class KilledImportTestsOnPostgres(PostgresDatabaseFixture database) : KilledImportTests(database), IClassFixture<PostgresDatabaseFixture>;
