using BenchmarkDotNet.Running;
using MaliRussiaTracker.Benchmarks;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Output;
using MaliRussiaTracker.Core.Gazetteer;

// `analyze [--json] FILE...` runs the engine over files (a stand-in until the CLI has its analyze command);
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "analyze")
{
    var json = args.Contains("--json");
    var files = args.Skip(1).Where(a => a != "--json").ToList();
    var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
    var inputs = files.Select(f => ReadInput(f)).ToList();
    foreach (var analysis in new BatchAnalyzer(analyzer).Analyze(inputs))
        Console.WriteLine(json ? AnalysisJson.Write(analysis) : AnalysisReport.Write(analysis));
    return 0;
}

if (args.Length > 0 && args[0] == "throughput")
{
    ThroughputCheck.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmark).Assembly).Run(args);
return 0;

static ArticleInput ReadInput(string file) => new(file, File.ReadAllBytes(file));
