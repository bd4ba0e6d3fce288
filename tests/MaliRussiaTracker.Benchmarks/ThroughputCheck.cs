using System.Diagnostics;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Benchmarks;

/// <summary>A quick single-thread figure, for iterating between BenchmarkDotNet runs.</summary>
public static class ThroughputCheck
{
    private const int WarmUp = 3000;

    public static void Run()
    {
        var articles = ArticleGenerator.Generate(10_000);
        var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
        var bytes = articles.Sum(a => (long)a.Length);
        // The worker runs for days: what counts is the steady rate, once the JIT has compiled the hot code at its
        // final tier, which takes a few thousand articles. The cold first pass is printed too.
        var coldCpuBefore = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < WarmUp; i++)
            analyzer.Analyze("warmup.txt", articles[i]);
        var coldCpu = Environment.CpuUsage.TotalTime - coldCpuBefore;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var pauseBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
            analyzer.Analyze("article.txt", article);
        watch.Stop();
        var cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        var collections = GC.CollectionCount(0) - collectionsBefore;
        // CPU time as well as wall time: on a shared machine the wall clock also counts time spent waiting for a core.
        Console.WriteLine($"{articles.Count} articles, {bytes / articles.Count} bytes on average: {articles.Count / watch.Elapsed.TotalSeconds:0} articles/s by the wall clock, "
            + $"{articles.Count / cpu.TotalSeconds:0} articles per CPU-second, {allocated / articles.Count} bytes allocated per article "
            + $"(the first {WarmUp} articles, from a cold start: {WarmUp / coldCpu.TotalSeconds:0} per CPU-second); "
            + $"{collections} collections paused the engine {pause.TotalMilliseconds:0} ms of {watch.Elapsed.TotalMilliseconds:0} ms");
    }
}
