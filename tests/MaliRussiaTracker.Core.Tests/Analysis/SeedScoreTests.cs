using System.Text.Json;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Output;
using MaliRussiaTracker.Core.Gazetteer;
using Xunit.Abstractions;

namespace MaliRussiaTracker.Core.Tests.Analysis;

public class SeedScoreTests(ITestOutputHelper log)
{
    private static readonly Dictionary<string, double> Thresholds = new(StringComparer.Ordinal)
    {
        ["actors"] = 0.9, ["places"] = 0.9, ["events"] = 0.9, ["agreements"] = 0.9, ["dates"] = 0.9, ["quotes"] = 0.9,
        ["speakers"] = 0.9, ["stories"] = 1, ["published"] = 1, ["main_date"] = 1, ["relevant"] = 1, ["language"] = 1,
        ["furniture"] = 1,
    };

    [Fact]
    public void The_five_seeds_analysed_as_one_batch_meet_the_gold_thresholds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData");
        var inputs = Directory.GetFiles(Path.Combine(folder, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new ArticleInput(f, File.ReadAllBytes(f)))
            .ToList();
        var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());

        var output = new BatchAnalyzer(analyzer).Analyze(inputs)
            .Select(a => JsonDocument.Parse(AnalysisJson.Write(a)).RootElement)
            .ToList();
        var gold = Directory.GetFiles(Path.Combine(folder, "gold"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .ToList();
        var score = SeedScorer.Score(gold, output);

        log.WriteLine(score.Line());
        Assert.Empty(score.Missing);
        Assert.Empty(score.Violations);
        var short_ = Thresholds.Where(t => score.Summary[t.Key] + 1e-9 < t.Value).Select(t => t.Key).ToList();
        Assert.True(short_.Count == 0, $"short of {string.Join(", ", short_)}: {score.Line()}");
    }
}
