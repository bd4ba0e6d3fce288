using BenchmarkDotNet.Running;
using MaliRussiaTracker.Benchmarks;

// `throughput` is a quick single-thread figure for iterating; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "throughput")
{
    ThroughputCheck.Run();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalyzerBenchmark).Assembly).Run(args);
return 0;
