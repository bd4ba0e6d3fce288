using System.Globalization;
using System.Text;

namespace MaliRussiaTracker.Core.Analysis.Output;

/// <summary>
/// A report a person reads: what the engine found in an article, where in the text (offset and the words),
/// and the furniture it set aside.
/// </summary>
public static class AnalysisReport
{
    private const int Context = 60;

    /// <summary>The report for one article.</summary>
    public static string Write(ArticleAnalysis analysis)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"== {analysis.File}");
        if (analysis.Error is { } error)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"   cannot analyse: {error}");
            return report.ToString();
        }

        var text = analysis.Reading.Text;
        report.AppendLine(CultureInfo.InvariantCulture, $"language {analysis.Language}; relevant {(analysis.Relevant ? "yes" : "no")} (score {analysis.RelevanceScore:0.00}); encoding {analysis.Reading.Encoding}");
        report.AppendLine(CultureInfo.InvariantCulture, $"published {analysis.PublishedDate?.ToString() ?? "not printed"}; main date {analysis.MainDate?.ToString() ?? "unknown"}{(analysis.MainDateSource is { } s ? $" (from the {s})" : "")}; story {analysis.Story ?? "-"}");
        report.AppendLine(CultureInfo.InvariantCulture, $"outlet {analysis.Outlet ?? "-"}; author {analysis.Author ?? "-"}");

        Section(report, "Actors and places", analysis.Mentions.Select(m => $"{m.Slug}{(m.IsRole ? " (by role)" : "")} @{m.Start}: « {text[m.Start..m.End]} »"));
        Section(report, "Dated facts", analysis.DatedFacts.Select(f => $"{f.Date} @{f.Start}: « {f.Text} »{(f.Resolution is { } r ? $" — {r}" : "")}"));
        Section(report, "Quotes", analysis.Quotes.Select(q => $"@{q.Start} « {Shorten(q.Text, 80)} » — {(q.Speaker is { } sp ? $"{sp} ({(q.SpeakerStart >= 0 ? $"« {text[q.SpeakerStart..q.SpeakerEnd]} »" : "from the sentences before")})" : q.SpeakerName is { } name ? $"{name} (not in the gazetteer)" : "speaker unknown")}"));
        Section(report, "Events", analysis.Events.Select(e => $"{e.Key}: {e.Evidence}"));
        Section(report, "Agreements", analysis.Agreements.Select(a => $"{a.Key}: {a.Evidence}"));
        Section(report, "Candidates", analysis.Candidates.Select(c => $"{c.Kind} « {c.Name} »{(c.Date is { } d ? $" {d}" : "")} — {Shorten(c.Evidence, 80)}"));
        Section(report, "Furniture removed", analysis.Furniture.Select(f => $"{f.Kind} @{f.Start}-{f.End}: « {Shorten(text[f.Start..f.End].ReplaceLineEndings(" "), Context)} »"));
        return report.ToString();
    }

    private static void Section(StringBuilder report, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        report.AppendLine(CultureInfo.InvariantCulture, $"-- {title} ({list.Count})");
        foreach (var line in list)
            report.AppendLine(CultureInfo.InvariantCulture, $"   {line}");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
