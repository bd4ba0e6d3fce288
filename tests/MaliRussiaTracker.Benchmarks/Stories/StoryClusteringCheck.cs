using System.Globalization;
using System.Text.Json;
using MaliRussiaTracker.Benchmarks.Import;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Benchmarks.Stories;

/// <summary>
/// How well story similarity separates the import benchmark's generated stories, without a database: the
/// engine reads the first tellings and rewordings of a generated file, the articles are placed one at a time
/// among those dated within days of them (as ingestion places them), and the result is checked against the
/// generator's key. It also prints how the parts of the similarity spread for pairs of one story and of
/// different stories, which is what a change of weights should be judged on.
/// </summary>
internal static class StoryClusteringCheck
{
    private const int DaysAround = 3;

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count > 1 && args[0] == "--gold")
            return PrintGoldPairs(args.Skip(1).ToList());
        var articles = args.Count > 1 && args[0] == "--articles" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var path = Path.Combine(Path.GetTempPath(), $"mrt-stories-{Environment.ProcessId}.jsonl");
        try
        {
            new ImportCorpusGenerator(articles).Write(path);
            var lines = Read(path);
            Console.WriteLine($"{lines.Count} first tellings and rewordings of {lines.Select(l => l.Story).Distinct().Count()} generated stories");
            PrintSpreads(lines);
            PrintClustering(lines);
            return 0;
        }
        finally
        {
            File.Delete(path);
            File.Delete(ImportCorpusGenerator.KeyPathFor(path));
        }
    }

    // Real articles an analyst grouped (a folder of .txt files and its gold/ with their `story`): every pair, so a
    // change of weights is judged on real rewordings and real unrelated neighbours, not only on generated ones.
    private static int PrintGoldPairs(List<string> folders)
    {
        var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
        var read = new List<(string Name, string Story, StoryFingerprint Fingerprint)>();
        foreach (var folder in folders)
        {
            foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold", name + ".json")));
                if (analyzer.Read(name, File.ReadAllBytes(file)).Fingerprint is { } fingerprint)
                    read.Add((name, folder + ":" + gold.RootElement.GetProperty("story").GetString(), fingerprint));
            }
        }

        foreach (var (name, story, fingerprint) in read)
            Console.WriteLine($"fp  {name}  {story}  {fingerprint.Date}  {string.Join(",", fingerprint.Actors)}");
        for (var i = 0; i < read.Count; i++)
        {
            for (var j = i + 1; j < read.Count; j++)
            {
                var (a, b) = (read[i], read[j]);
                var similarity = a.Fingerprint.Similarity(b.Fingerprint);
                if (a.Story == b.Story || similarity >= 0.15)
                    Console.WriteLine($"{(a.Story == b.Story ? "same" : "diff")}  {similarity:0.00}  words {Words(a.Fingerprint, b.Fingerprint):0.00}  {a.Name} ~ {b.Name}  [{string.Join(",", a.Fingerprint.LeadActors)}] [{string.Join(",", b.Fingerprint.LeadActors)}] {string.Join(",", a.Fingerprint.Actors)} | {string.Join(",", b.Fingerprint.Actors)} {a.Fingerprint.Date} {b.Fingerprint.Date}");
            }
        }

        return 0;
    }

    private sealed record Line(int Story, StoryFingerprint Fingerprint, int Day);

    private static List<Line> Read(string path)
    {
        var analyzer = new ArticleAnalyzer(KnownWorld.LoadEmbedded());
        var keys = File.ReadLines(ImportCorpusGenerator.KeyPathFor(path)).ToList();
        return File.ReadLines(path).Select((json, index) => (json, key: keys[index])).AsParallel().AsOrdered()
            .Where(l => l.key.StartsWith(nameof(LineKind.Original) + " ", StringComparison.Ordinal) || l.key.StartsWith(nameof(LineKind.NearDuplicate) + " ", StringComparison.Ordinal))
            .Select(l =>
            {
                using var document = JsonDocument.Parse(l.json);
                var reading = analyzer.Read("generated", document.RootElement.GetProperty("text").GetString()!);
                var story = int.Parse(l.key.AsSpan(l.key.IndexOf(' ', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
                return reading.Fingerprint is { Date: { } date } fingerprint ? new Line(story, fingerprint, date.Earliest.DayNumber) : null;
            })
            .OfType<Line>()
            .ToList();
    }

    // Pairs within days of each other: those of one story should score high, those of different stories low.
    private static void PrintSpreads(List<Line> lines)
    {
        var same = new List<double>();
        var different = new List<double>();
        var closest = new List<(double Similarity, Line A, Line B)>();
        var sorted = lines.OrderBy(l => l.Day).ToList();
        var random = new Random(7);
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Day - sorted[i].Day <= DaysAround; j++)
            {
                var isSame = sorted[i].Story == sorted[j].Story;
                // Every pair of one story, a sample of the others: there are hundreds of times more.
                if (!isSame && random.Next(20) != 0)
                    continue;
                var similarity = sorted[i].Fingerprint.Similarity(sorted[j].Fingerprint);
                (isSame ? same : different).Add(similarity);
                if (!isSame && similarity >= StoryFingerprint.SameStoryThreshold)
                    closest.Add((similarity, sorted[i], sorted[j]));
            }
        }

        Console.WriteLine($"similarity, pairs of one story ({same.Count}):         {Spread(same)}");
        Console.WriteLine($"similarity, pairs of different stories ({different.Count}, 1 in 20): {Spread(different)}");
        Console.WriteLine($"  one-story pairs under the threshold {StoryFingerprint.SameStoryThreshold}: {same.Count(s => s < StoryFingerprint.SameStoryThreshold) / (double)Math.Max(1, same.Count):P2}; "
            + $"different-story pairs at or over it: {different.Count(s => s >= StoryFingerprint.SameStoryThreshold) / (double)Math.Max(1, different.Count):P3}");
        Console.WriteLine("  closest pairs of different stories (words: signature overlap; names: people and organisations, opening's first):");
        foreach (var (similarity, a, b) in closest.OrderByDescending(c => c.Similarity).Take(8))
            Console.WriteLine($"    {similarity:0.00} words {Words(a.Fingerprint, b.Fingerprint):0.00}  [{string.Join(',', a.Fingerprint.LeadActors)}] [{string.Join(',', b.Fingerprint.LeadActors)}]  {string.Join(',', a.Fingerprint.Actors)} | {string.Join(',', b.Fingerprint.Actors)}");
        var sameWords = new List<double>();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Day - sorted[i].Day <= DaysAround; j++)
            {
                if (sorted[i].Story == sorted[j].Story)
                    sameWords.Add(Words(sorted[i].Fingerprint, sorted[j].Fingerprint));
            }
        }

        Console.WriteLine($"words, pairs of one story: {Spread(sameWords)}; pairs of different stories over the threshold: {Spread([.. closest.Select(c => Words(c.A.Fingerprint, c.B.Fingerprint))])}");
    }

    private static double Words(StoryFingerprint a, StoryFingerprint b) =>
        a.Signature.Zip(b.Signature).Count(p => p.First == p.Second) / (double)a.Signature.Count;

    private static string Spread(List<double> values)
    {
        if (values.Count == 0)
            return "none";
        values.Sort();
        string At(double q) => values[(int)Math.Min(values.Count - 1, q * values.Count)].ToString("0.00", CultureInfo.InvariantCulture);
        return $"p1 {At(0.01)}  p5 {At(0.05)}  p50 {At(0.5)}  p95 {At(0.95)}  p99 {At(0.99)}  max {values[^1]:0.00}";
    }

    private static void PrintClustering(List<Line> lines)
    {
        var placed = new List<(Line Line, int Cluster)>();
        var clusters = 0;
        foreach (var line in lines)
        {
            var best = -1;
            var bestSimilarity = StoryFingerprint.SameStoryThreshold;
            for (var i = placed.Count - 1; i >= 0 && i >= placed.Count - 5_000; i--)
            {
                if (Math.Abs(placed[i].Line.Day - line.Day) > DaysAround)
                    continue;
                var similarity = placed[i].Line.Fingerprint.Similarity(line.Fingerprint);
                if (similarity >= bestSimilarity)
                    (best, bestSimilarity) = (placed[i].Cluster, similarity);
            }

            placed.Add((line, best >= 0 ? best : clusters++));
        }

        var clustersOfStory = placed.GroupBy(p => p.Line.Story).ToDictionary(g => g.Key, g => g.Select(p => p.Cluster).Distinct().Count());
        var storiesOfCluster = placed.GroupBy(p => p.Cluster).ToDictionary(g => g.Key, g => g.Select(p => p.Line.Story).Distinct().Count());
        var told = placed.GroupBy(p => p.Line.Story).Where(g => g.Count() > 1).ToList();
        var together = told.Where(g => clustersOfStory[g.Key] == 1).ToList();
        var alone = together.Count(g => storiesOfCluster[g.First().Cluster] == 1);
        Console.WriteLine($"stories told more than once: {told.Count}; kept together {together.Count} ({together.Count / (double)Math.Max(1, told.Count):P1}), "
            + $"together and alone {alone} ({alone / (double)Math.Max(1, told.Count):P1})");
        Console.WriteLine($"clusters: {clusters} for {clustersOfStory.Count} generated stories; clusters mixing stories: {storiesOfCluster.Count(c => c.Value > 1)}");
    }
}
