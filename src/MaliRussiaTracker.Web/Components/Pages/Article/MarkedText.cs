using MaliRussiaTracker.Data.Queries.Articles;

namespace MaliRussiaTracker.Web.Components.Pages.Article;

/// <summary>A run of text and the marks that cover all of it.</summary>
public sealed record TextSegment(string Text, IReadOnlyList<TextMark> Marks);

/// <summary>
/// Cuts a stretch of text at every mark's start and end, so marks that overlap (a name inside a quote) each
/// show: every segment carries all the marks over it, and the page renders them as nested styles.
/// </summary>
public static class MarkedText
{
    public static List<TextSegment> Split(string text, int start, int end, IReadOnlyList<TextMark> marks)
    {
        var inside = marks.Where(m => m.Start < end && m.End > start && m.End <= text.Length).ToList();
        var cuts = inside.SelectMany(m => new[] { m.Start, m.End }).Where(c => c > start && c < end).Append(start).Append(end).Distinct().Order().ToList();
        var segments = new List<TextSegment>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            segments.Add(new TextSegment(text[from..to], [.. inside.Where(m => m.Start <= from && m.End >= to).OrderBy(m => m.Kind)]));
        }

        return segments;
    }

    /// <summary>The stretches of the text that are the article's, between its furniture spans.</summary>
    public static List<(int Start, int End)> Body(int length, IEnumerable<(int Start, int End)> furniture)
    {
        var body = new List<(int, int)>();
        var at = 0;
        foreach (var (start, end) in furniture.OrderBy(f => f.Start))
        {
            if (start > at)
                body.Add((at, start));
            at = Math.Max(at, end);
        }

        if (at < length)
            body.Add((at, length));
        return body;
    }
}
