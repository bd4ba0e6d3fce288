using BenchmarkDotNet.Running;
using MaliRussiaTracker.Benchmarks;
using MaliRussiaTracker.Benchmarks.Browse;
using MaliRussiaTracker.Benchmarks.Corpus;
using MaliRussiaTracker.Benchmarks.Import;
using MaliRussiaTracker.Benchmarks.Stories;

// `throughput` is a quick single-thread figure for iterating; `import` times the whole import path on
// PostgreSQL (build/bench-import.sh); `browse` times the pages' queries on a big PostgreSQL
// (build/bench-browse.sh); `stories` checks story clustering on generated articles without a database; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    ThroughputCheck.Run();
    return 0;
}

if (args.Length > 0 && args[0] == "import")
    return await ImportBenchmark.RunAsync(args[1..]);

if (args.Length > 0 && args[0] == "stories")
    return StoryClusteringCheck.Run(args[1..]);

// `corpus FOLDER...` runs the page and feed paths over public test corpora kept outside the repository.
if (args.Length > 0 && args[0] == "corpus")
    return await CorpusBenchmark.RunAsync(args[1..]);

if (args.Length > 0 && args[0] == "browse")
    return await BrowseBenchmark.RunAsync(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmark).Assembly).Run(args);
return 0;
