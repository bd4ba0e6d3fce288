using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Benchmarks;

/// <summary>
/// Articles per second on one core: one invocation analyses all 10,000 generated articles in turn, and
/// BenchmarkDotNet divides by <see cref="ArticleCount"/>, so « Mean » is the time per article and
/// « Allocated » the bytes allocated per article.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
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
