using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Analysis.Dates;

namespace MaliRussiaTracker.Core.Analysis.Furniture;

/// <summary>
/// A photo's caption that dates its picture weeks before the page (« Sadio Camara (3rd L) and … hold a meeting in
/// Moscow on May 10, 2025. Defence Ministry / TASS ») shows an archive picture of another event: it is the site's
/// illustration, not the article's news, so its names and date are set aside. A caption of the page's own days
/// stays content.
/// </summary>
public static partial class ArchiveCaptions
{
    private const int MaxCaptionLength = 320;
    private const int DaysBefore = 7;

    // A caption says where people stand in the picture (« (3rd L) », « (à gauche) ») or ends on its credit
    // (« … Defence Ministry / TASS », « … / AFP »).
    [GeneratedRegex(@"\((?:\d(?:st|nd|rd|th|e|er|eme)\s+)?(?:l|r|c|g|d|left|right|centre|center|a gauche|a droite|au centre)\)|\s/\s*\p{L}[\p{L} .'-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionMark();

    /// <summary><paramref name="split"/> with the captions of pictures older than a week before
    /// <paramref name="published"/> set aside.</summary>
    public static SplitText SetAside(SplitText split, DateOnly published)
    {
        var folded = split.FoldedContent.Folded;
        var older = published.AddDays(-DaysBefore);
        var found = new List<FurnitureBlock>();
        var lineStart = 0;
        while (lineStart < folded.Length)
        {
            var lineEnd = folded.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = folded.Length;
            var line = folded.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line.Length is > 0 and <= MaxCaptionLength && CaptionMark().IsMatch(line)
                && FrenchDateReader.Read(line.ToString()).Exists(d => d.IsAbsolute && d.Resolve(null) is { Precision: Domain.DatePrecision.Day } day && day.Earliest < older))
                found.Add(new FurnitureBlock(lineStart, lineStart + line.Length, FurnitureKinds.ArchiveCaption));
            lineStart = lineEnd + 1;
        }

        return FurnitureSplitter.With(split, found);
    }
}
