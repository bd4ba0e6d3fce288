using System.Diagnostics;
using System.Globalization;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Postgres;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Ingestion.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// The whole import path on PostgreSQL, once, with its figures: a generated file read, analysed, stored and
/// clustered by the application's own <see cref="ImportService"/>, in a database made for the run and dropped
/// after. One timed run rather than BenchmarkDotNet's repetitions: a 100,000-article import is its own
/// warm-up, and what matters is its rate and whether memory stays flat along the file.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ImportBenchmarkOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(ImportBenchmarkOptions.Usage);
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("mrt-import-bench-");
        var path = Path.Combine(work.FullName, $"articles-{options.Articles}.jsonl");
        var database = "mrt_bench_" + Guid.NewGuid().ToString("N");
        try
        {
            Console.WriteLine($"== Generating {options.Articles:N0} articles into {path}");
            var started = Stopwatch.StartNew();
            var corpus = new ImportCorpusGenerator(options.Articles).Write(path);
            Console.WriteLine($"   {corpus.FileBytes / 1e6:N1} MB ({corpus.TextBytes / (double)options.Articles / 1024:N1} KB of text per line on average), " +
                $"{corpus.Stories:N0} distinct stories, in {started.Elapsed.TotalSeconds:N1} s");

            if (options.EngineSample > 0)
                await MeasureEngineAloneAsync(path, options.EngineSample);

            await CreateDatabaseAsync(options.Server, database);
            var connectionString = new NpgsqlConnectionStringBuilder(options.Server) { Database = database }.ToString();
            await ImportAsync(connectionString, corpus);
        }
        finally
        {
            await DropDatabaseAsync(options.Server, database);
            if (options.KeepFile)
                Console.WriteLine($"== Kept {path}");
            else
                work.Delete(recursive: true);
        }

        return 0;
    }

    private static async Task ImportAsync(string connectionString, GeneratedCorpus corpus)
    {
        var timings = new DatabaseTimings();
        await using var services = BuildServices(connectionString, timings);
        Console.WriteLine("== Migrating and seeding the starting world");
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);

        Console.WriteLine("== Importing");
        GC.Collect();
        var baseline = MemoryReading.Now();
        using var sampler = new MemorySampler(TimeSpan.FromMilliseconds(250));
        var quarters = new QuarterMarks(corpus.Lines, sampler);
        var server = await ServerProcessorTime.FindAsync(connectionString);
        var serverBefore = server?.Now();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var batch = await services.GetRequiredService<ImportService>().ImportAsync(corpus.Path, "import-benchmark", quarters, CancellationToken.None);
        var elapsed = clock.Elapsed;
        // Processor time is the steadier figure on a shared machine: others' load stretches the wall clock, not it.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var serverCpu = server?.Now() - serverBefore;
        sampler.Sample();
        // Read now: the clustering check below loads every item's fingerprint, which is the report's memory, not the import's.
        var (peakWorkingSet, peakGcHeap) = (sampler.PeakWorkingSet, sampler.PeakGcHeap);

        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync();
        var byOutcome = await db.ImportItems.Where(i => i.ImportBatchId == batch.Id).GroupBy(i => i.Outcome)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var imported = byOutcome.GetValueOrDefault(Core.Domain.ImportOutcome.Imported);
        var stories = await db.Stories.CountAsync();
        // Every generated article says when it was published: a search for that word must find each one stored.
        var searchable = await services.GetRequiredService<IDatabaseProvider>().SearchArticles(db, "publié").CountAsync(a => a.ImportBatchId == batch.Id);
        var clustering = await ClusteringReport.CheckAsync(db, batch.Id, ImportCorpusGenerator.KeyPathFor(corpus.Path), CancellationToken.None);

        Console.WriteLine();
        Console.WriteLine($"== Results ({Environment.ProcessorCount} cores, batch {batch.Status}{(batch.Error is null ? "" : ": " + batch.Error)})");
        Console.WriteLine($"   items          {corpus.Lines,10:N0} in {elapsed.TotalSeconds:N1} s  = {corpus.Lines / elapsed.TotalSeconds,7:N0} items/s");
        Console.WriteLine($"   stored         {imported,10:N0} articles          = {imported / elapsed.TotalSeconds,7:N0} articles/s");
        Console.WriteLine($"   processor      {cpu.TotalSeconds,10:N1} s in this process = {cpu.TotalMilliseconds / corpus.Lines,5:N2} ms per item (PostgreSQL's own not counted); load average at the end {LoadAverage()}");
        if (serverCpu is { } serverTime)
        {
            var both = cpu + serverTime;
            Console.WriteLine($"   server         {serverTime.TotalSeconds,10:N1} s in PostgreSQL       = {serverTime.TotalMilliseconds / corpus.Lines,5:N2} ms per item; " +
                $"both together {both.TotalMilliseconds / corpus.Lines:N2} ms per item, at most {Environment.ProcessorCount * corpus.Lines / both.TotalSeconds:N0} items/s on {Environment.ProcessorCount} idle cores");
        }

        Console.WriteLine($"   duplicates     {byOutcome.GetValueOrDefault(Core.Domain.ImportOutcome.Duplicate),10:N0}");
        Console.WriteLine($"   rejected       {byOutcome.GetValueOrDefault(Core.Domain.ImportOutcome.Rejected),10:N0}");
        Console.WriteLine($"   stories        {stories,10:N0} stored, for {corpus.Stories:N0} generated");
        Console.WriteLine($"   search         {searchable,10:N0} of the {imported:N0} stored articles found by a word they all have");
        Console.WriteLine($"   memory         peak working set {Mb(peakWorkingSet)}, peak GC heap {Mb(peakGcHeap)} (before the import: working set {Mb(baseline.WorkingSet)}, GC heap {Mb(baseline.GcHeap)})");
        quarters.Print();
        Console.WriteLine("   reprints       " +
            $"{clustering.ExactDuplicatesCaught:N0} of {clustering.ExactDuplicatesWritten:N0} exact duplicates turned away; " +
            $"{clustering.NearDuplicatesStoredAsDuplicate:N0} of {clustering.NearDuplicatesWritten:N0} rewordings taken for exact duplicates");
        Console.WriteLine("   clustering     " +
            $"{clustering.GroupsKeptTogether:N0} of {clustering.Groups:N0} near-duplicate groups in one story " +
            $"({Percent(clustering.GroupsKeptTogether, clustering.Groups)}), {clustering.GroupsKeptTogetherAndAlone:N0} of them alone in it " +
            $"({Percent(clustering.GroupsKeptTogetherAndAlone, clustering.Groups)}); {clustering.StoredStoriesMixingGeneratedStories:N0} stored stories mix different generated stories");
        if (clustering.Mixes.Count > 0)
        {
            // What joined different generated stories: the closest pair of members from two of them, in each mixed story.
            var mixes = clustering.Mixes;
            Console.WriteLine($"   mixed stories  closest foreign pair: similarity {mixes.Average(m => m.Similarity):N2} on average, words {mixes.Average(m => m.Words):N2}; " +
                $"{mixes.Count(m => m.LeadA.Length == 0 || m.LeadB.Length == 0):N0} of {mixes.Count:N0} with an opening naming no one; " +
                $"{mixes.Count(m => m.DateA.Length == 0 || m.DateB.Length == 0):N0} with an undated member");
            foreach (var mix in mixes.OrderByDescending(m => m.Similarity).Take(3).Concat(mixes.OrderBy(m => m.Similarity).Take(2)))
                Console.WriteLine($"     {mix.Similarity:N2} words {mix.Words:N2} | {mix.DateA} [{mix.ActorsA}] lead [{mix.LeadA}] | {mix.DateB} [{mix.ActorsB}] lead [{mix.LeadB}]");
        }

        Console.WriteLine();
        Console.WriteLine($"== Database time (each command from its start until its rows are read; SaveChanges includes its inserts; the import stores one chunk at a time; wall time {elapsed.TotalSeconds:N1} s)");
        foreach (var (label, count, total) in timings.Totals)
            Console.WriteLine($"   {label,-36} {count,9:N0} x  {total.TotalSeconds,8:N1} s  {total.TotalSeconds / elapsed.TotalSeconds,6:P0}  {total.TotalMilliseconds / Math.Max(count, 1),8:N2} ms each");
        // The bulk road goes round EF Core, so no interceptor sees it: say so, lest the table read as the whole story.
        Console.WriteLine("   (the binary COPY of each chunk's stories, articles and findings is not an EF Core command and is not in this table;");
        Console.WriteLine("    each chunk's search vectors are computed by the search index line, on another connection while the next chunk is stored)");
    }

    /// <summary>The engine alone on the first lines of the file: what reading costs without the database.</summary>
    private static async Task MeasureEngineAloneAsync(string path, int sample)
    {
        var texts = new List<string>(sample);
        await using (var file = File.OpenRead(path))
        {
            await foreach (var item in new JsonlBatchReader(new BatchLimits()).ReadAsync(file, CancellationToken.None))
            {
                if (item.Article?.Text is { } text)
                    texts.Add(text);
                if (texts.Count == sample)
                    break;
            }
        }

        var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
        foreach (var text in texts.Take(200))
            analyzer.Complete(analyzer.Read("warm-up", text));
        var readClock = Stopwatch.StartNew();
        var readings = texts.Select(t => analyzer.Read("sample", t)).ToList();
        var read = readClock.Elapsed;
        var completeClock = Stopwatch.StartNew();
        var analyses = readings.Select(r => analyzer.Complete(r)).ToList();
        var complete = completeClock.Elapsed;
        var parallelClock = Stopwatch.StartNew();
        _ = texts.AsParallel().Select(t => analyzer.Read("sample", t)).Count();
        var parallel = parallelClock.Elapsed;
        Console.WriteLine($"== The engine alone on {texts.Count:N0} of these articles: Read {read.TotalMilliseconds / texts.Count:N2} ms each on one core " +
            $"({texts.Count / read.TotalSeconds:N0}/s; {texts.Count / parallel.TotalSeconds:N0}/s on all cores), Complete {complete.TotalMilliseconds / texts.Count:N2} ms each");
        // What each article gives the store to write, to set beside the seed articles' (about 2 quotes and 5 dated
        // facts an article, 1 to 9 events): a generator far richer than the press would make the store look slower.
        Console.WriteLine($"   findings per article: {analyses.Average(a => a.Mentions.DistinctBy(m => (m.Target, m.Slug)).Count()):N1} actors and places, " +
            $"{analyses.Average(a => a.Events.Count + a.Agreements.Count):N1} events and agreements, {analyses.Average(a => a.DatedFacts.Count):N1} dated facts, " +
            $"{analyses.Average(a => a.Quotes.Count):N1} quotes, {analyses.Average(a => a.Candidates.Count):N1} candidates");
    }

    private static ServiceProvider BuildServices(string connectionString, DatabaseTimings timings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = "Postgres",
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrackerData(configuration, new PostgresDatabaseProvider());
        services.AddIngestion(configuration);
        services.ConfigureDbContext<TrackerDbContext>(builder => builder.AddInterceptors(timings.Interceptors), ServiceLifetime.Singleton);
        return services.BuildServiceProvider();
    }

    private static async Task CreateDatabaseAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // Linux only; elsewhere the figure is simply missing.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    internal static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MB";

    private static string Percent(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);

    /// <summary>
    /// Memory and rate as the import passes each quarter of the file, reported synchronously from the
    /// importer's own thread: flat figures from one quarter to the next are what "does not grow with the
    /// file" looks like. The live heap is measured after a full collection, so garbage not yet collected
    /// does not pass for growth.
    /// </summary>
    private sealed class QuarterMarks(int lines, MemorySampler sampler) : IProgress<ImportProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<string> _marks = [];
        private int _next = 1;
        private TimeSpan _previous;
        private int _previousItems;

        public void Report(ImportProgress value)
        {
            if (_next > 4 || value.Items < (long)lines * _next / 4)
                return;
            var elapsed = _clock.Elapsed;
            var reading = sampler.Sample();
            var live = GC.GetTotalMemory(forceFullCollection: true);
            var rate = (value.Items - _previousItems) / (elapsed - _previous).TotalSeconds;
            _marks.Add($"   at {25 * _next,3} %      {value.Items,7:N0} items at {elapsed.TotalSeconds,6:N1} s, {rate,5:N0} items/s over this quarter; " +
                $"working set {Mb(reading.WorkingSet)}, GC heap {Mb(reading.GcHeap)}, live after full GC {Mb(live)}, peak working set so far {Mb(sampler.PeakWorkingSet)}");
            (_previous, _previousItems) = (elapsed, value.Items);
            _next++;
        }

        public void Print()
        {
            foreach (var mark in _marks)
                Console.WriteLine(mark);
        }
    }
}
