using System.Diagnostics;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Benchmarks;

/// <summary>A quick single-thread figure, for iterating between BenchmarkDotNet runs.</summary>
public static class ThroughputCheck
{
    public static void Run()
    {
        var articles = ArticleGenerator.Generate(10_000);
        var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
        var bytes = articles.Sum(a => (long)a.Length);
        for (var i = 0; i < 200; i++)
            analyzer.Analyze("warmup.txt", articles[i]);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
            analyzer.Analyze("article.txt", article);
        watch.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        // CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
        Console.WriteLine($"{articles.Count} articles, {bytes / articles.Count} bytes on average: {articles.Count / watch.Elapsed.TotalSeconds:0} articles/s by the wall clock, "
            + $"{articles.Count / cpu.TotalSeconds:0} articles per CPU-second, {allocated / articles.Count} bytes allocated per article");
    }
}
