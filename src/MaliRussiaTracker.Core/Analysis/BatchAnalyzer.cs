using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis;

/// <summary>One input of a batch: a name and its raw bytes, or why it could not even be read (missing, too large).</summary>
public sealed record ArticleInput(string File, byte[] Bytes, string? Error = null);

/// <summary>
/// Analyses a batch as one: reads every article, groups them into stories, then completes each, so an
/// article that prints no date of its own takes its story's (the news date of its first member that has one).
/// </summary>
public sealed class BatchAnalyzer(ArticleAnalyzer analyzer)
{
    /// <summary>The analysis of each input, in the inputs' order; unreadable inputs carry their error.</summary>
    public List<ArticleAnalysis> Analyze(IEnumerable<ArticleInput> inputs)
    {
        var readings = inputs.Select(i => i.Error is null ? analyzer.Read(i.File, i.Bytes) : new ArticleReading { File = i.File, Error = i.Error }).ToList();
        var clusterer = new StoryClusterer();
        var stories = readings.Select(r => r.Fingerprint is { } f ? clusterer.Add(f) : null).ToList();

        // Members with a date of their own first: the first one's news date (the lead's « jeudi », not the page's
        // Friday) is what the story lends to members that print none, as ingestion lends it.
        var analyses = new ArticleAnalysis?[readings.Count];
        var storyDates = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        for (var i = 0; i < readings.Count; i++)
        {
            if (readings[i].OwnDate is null && readings[i].Error is null)
                continue;
            var analysis = analyzer.Complete(readings[i], null, stories[i]);
            analyses[i] = analysis;
            if (stories[i] is { } story && analysis.MainDate is { } main)
                storyDates.TryAdd(story, main);
        }

        return readings
            .Select((reading, i) => analyses[i] ?? analyzer.Complete(
                reading,
                stories[i] is { } story && storyDates.TryGetValue(story, out var date) ? date : null,
                stories[i]))
            .ToList();
    }
}
