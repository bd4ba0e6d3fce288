using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Html.Parser;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Benchmarks.Corpus;

/// <summary>
/// `corpus FOLDER...`: the page path (decoder, bounds, extractor process) over every HTML page of the folders and
/// the feed path (decoder, parser) over every feed, as a new user's sources would meet them. Other projects' test
/// corpora stay outside the repository. A page's expected text is `expected.html` beside a `source.html`
/// (Mozilla Readability's layout) or a `.txt` of the same name; extraction is scored on bags of words.
/// </summary>
internal static partial class CorpusBenchmark
{
    private static readonly HashSet<string> FeedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom", ".rdf" };
    private static readonly HashSet<string> PageExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };

    public static async Task<int> RunAsync(string[] folders)
    {
        if (folders.Length == 0)
        {
            Console.Error.WriteLine("usage: corpus FOLDER...");
            return 2;
        }

        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal).ToList();
        await RunPagesAsync(files.Where(IsPage).ToList());
        RunFeeds(files.Where(f => FeedExtensions.Contains(Path.GetExtension(f))).ToList());
        return 0;
    }

    private static bool IsPage(string file) =>
        PageExtensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith("expected", StringComparison.OrdinalIgnoreCase);

    private static async Task RunPagesAsync(List<string> pages)
    {
        using var extractors = new ExtractorProcesses(Options.Create(new PageExtractionOptions { Processes = 1 }), TimeProvider.System, NullLogger<ExtractorProcesses>.Instance);
        var times = new List<double>();
        var scores = new List<double>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var bytes = await File.ReadAllBytesAsync(page);
            var clock = Stopwatch.StartNew();
            var decoded = TextDecoder.DecodeDeclared(bytes, null);
            var result = await extractors.ExtractAsync(decoded.Text, new Uri("https://corpus.example/" + Uri.EscapeDataString(Path.GetFileName(page))), CancellationToken.None);
            clock.Stop();
            times.Add(clock.Elapsed.TotalMilliseconds);
            var name = Path.GetRelativePath(Path.GetDirectoryName(Path.GetDirectoryName(page)!)!, page);
            switch (result)
            {
                case ArticleExtracted { Article: var article }:
                    var how = article.Reading.StartsWith("plain", StringComparison.Ordinal) ? "plain text" : "article finder";
                    outcomes[how] = outcomes.GetValueOrDefault(how) + 1;
                    var expected = ExpectedText(page);
                    var f1 = expected is null ? (double?)null : F1(article.Text, expected);
                    if (f1 is { } score)
                        scores.Add(score);
                    Console.WriteLine($"page {name}: {how}, {decoded.Choice.Charset}{(decoded.Choice.LabelOverruled ? " (label overruled)" : "")}, {article.Text.Length} chars, {clock.Elapsed.TotalMilliseconds:0} ms{(f1 is { } s ? $", F1 {s:0.000}" : "")}");
                    break;
                case ExtractionFailed failed:
                    outcomes["failed"] = outcomes.GetValueOrDefault("failed") + 1;
                    Console.WriteLine($"page {name}: failed, {clock.Elapsed.TotalMilliseconds:0} ms: {failed.Reason}");
                    if (ExpectedText(page) is not null)
                        scores.Add(0);
                    break;
            }
        }

        if (pages.Count == 0)
            return;
        times.Sort();
        Console.WriteLine();
        Console.WriteLine($"pages: {pages.Count} ({string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Value} {o.Key}"))})");
        if (scores.Count > 0)
            Console.WriteLine($"extraction F1 (bag of words, mean over {scores.Count} pages with an expected text): {scores.Average():0.000}");
        Console.WriteLine($"time per page: median {Percentile(times, 0.5):0} ms, p99 {Percentile(times, 0.99):0} ms, max {times[^1]:0} ms");
    }

    private static void RunFeeds(List<string> feeds)
    {
        var refused = new Dictionary<string, int>(StringComparer.Ordinal);
        int read = 0, crashed = 0, entries = 0;
        foreach (var feed in feeds)
        {
            var name = Path.GetFileName(Path.GetDirectoryName(feed)) + "/" + Path.GetFileName(feed);
            try
            {
                var (_, items) = FeedParser.Parse(File.ReadAllBytes(feed), null, new Uri("https://corpus.example/feed.xml"));
                read++;
                entries += items.Count;
                Console.WriteLine($"feed {name}: read, {items.Count} entries");
            }
            catch (Exception e) when (e is XmlException or NotAFeedException)
            {
                var reason = e is XmlException xml ? "not well-formed XML: " + Regex.Replace(xml.Message, " Line \\d+, position \\d+\\.", "") : "not a feed: " + Shorten(e.Message);
                var kind = e is XmlException ? "malformed XML" : reason.Contains("root element", StringComparison.Ordinal) ? "not a feed (root)" : "not a feed (items)";
                refused[kind] = refused.GetValueOrDefault(kind) + 1;
                Console.WriteLine($"feed {name}: refused, {reason}");
            }
            catch (Exception e)
            {
                crashed++;
                Console.WriteLine($"feed {name}: CRASHED, {e.GetType().Name}: {e.Message}");
            }
        }

        if (feeds.Count == 0)
            return;
        Console.WriteLine();
        Console.WriteLine($"feeds: {feeds.Count}: {read} read ({entries} entries), {refused.Values.Sum()} refused ({string.Join(", ", refused.OrderByDescending(r => r.Value).Select(r => $"{r.Value} {r.Key}"))}), {crashed} crashed");
    }

    private static string Shorten(string message) => message.Length > 160 ? message[..160] + "…" : message;

    private static string? ExpectedText(string page)
    {
        var folder = Path.GetDirectoryName(page)!;
        var html = Path.Combine(folder, "expected.html");
        if (Path.GetFileName(page) == "source.html" && File.Exists(html))
            return new HtmlParser().ParseDocument(File.ReadAllText(html)).Body?.TextContent;
        var text = Path.ChangeExtension(page, ".txt");
        return File.Exists(text) ? File.ReadAllText(text) : null;
    }

    /// <summary>Bag-of-words F1: the words both share (with their counts) against the words of each.</summary>
    internal static double F1(string extracted, string expected)
    {
        var got = Words(extracted);
        var want = Words(expected);
        var common = got.Sum(g => Math.Min(g.Value, want.GetValueOrDefault(g.Key)));
        if (common == 0)
            return 0;
        var precision = common / (double)got.Values.Sum();
        var recall = common / (double)want.Values.Sum();
        return 2 * precision * recall / (precision + recall);
    }

    private static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(text.ToLower(CultureInfo.InvariantCulture)))
            counts[word.Value] = counts.GetValueOrDefault(word.Value) + 1;
        return counts;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex("[\\p{L}\\p{N}]+")]
    private static partial Regex Word();
}
