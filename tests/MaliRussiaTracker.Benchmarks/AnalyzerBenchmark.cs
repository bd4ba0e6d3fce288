using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Benchmarks;

/// <summary>
/// Articles per second on one core: one invocation analyses all 10,000 generated articles in turn, and
/// BenchmarkDotNet divides by <see cref="ArticleCount"/>, so « Mean » is the time per article and
/// « Allocated » the bytes allocated per article.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneCore))]
public class AnalyzerBenchmark
{
    private const int ArticleCount = 10_000;

    private List<byte[]> _articles = [];
    private ArticleAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = ArticleGenerator.Generate(ArticleCount);
        _analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
    }

    [Benchmark(OperationsPerInvoke = ArticleCount)]
    public int AnalyzeArticle()
    {
        var found = 0;
        for (var i = 0; i < _articles.Count; i++)
            found += _analyzer.Analyze("article.txt", _articles[i]).Actors.Count;
        return found;
    }
}

/// <summary>
/// One process pinned to one core, a short run: each iteration is already 10,000 articles, so three of them
/// after one warm-up give a stable mean.
/// </summary>
public sealed class OneCore : ManualConfig
{
    public OneCore() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithAffinity(1));
}
