using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Bylines;

/// <summary>
/// Reads the publication date (« Publié lundi 23 juin 2025 à 07:31 », « Mis en ligne le … »), the outlet (a
/// line that is a site's name, « Source : … ») and the author (« Par … », a name alone on a line near the end,
/// « La Rédaction », an editor line) where the page prints them.
/// </summary>
public static partial class BylineReader
{
    private const int MaxBylineLength = 120;
    private const int HeaderLines = 6;

    [GeneratedRegex(@"^\s*(?:publie|mis en ligne|mise en ligne|mis a jour|date de publication|published|posted)\b\s*:?\s*(?:le\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"^\s*(?:source|sources)\s*:\s*(?<name>.{2,60}?)\s*$|^\s*(?<name>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|ml|bf|ne|fr|sn|ci|ru|africa|news|tv|media))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutletLine();

    [GeneratedRegex(@"^\s*(?:[Pp]ar|[Bb]y)\s+(?<name>\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^\s*(?<name>(?:[Ll]a\s+)?[Rr][ée]daction|\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    // What may stand beside a date alone on its line: a time (« 10h30 », « 4:12 PM GMT »), and after a bar or a dash
    // the desk or author (« 16 février 2026 | Rédaction »).
    [GeneratedRegex(@"^[\s\-–|:,.ah0-9]*(?:(?:am|pm|gmt|utc|wat|cet)\b[\s\-–|:,.0-9]*)*(?:[|–—]\s*(?:par\s+)?\p{L}[\p{L}' .-]{1,40})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOnly();

    // A wire dispatch opens on its dateline: « BAMAKO, 14 janvier 2026 (AFP) - », « MOSCOU/BAMAKO, 16 février 2026 — ».
    [GeneratedRegex(@"^\s*\p{L}[\p{L}' .-]{1,30}(?:/\p{L}[\p{L}' .-]{1,30}){0,2}\s*,\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^\s*(?:\((?<agency>[^)]{2,60})\)\s*)?[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineEnd();

    [GeneratedRegex(@"^\s*(?:edite|edited|redige)\s+(?:par|by)\s*:?\s*(?<name>.{2,80}?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorLine();

    /// <summary>The byline of a text (normalised, folded) whose furniture is <paramref name="split"/>.</summary>
    public static Byline Read(FoldedText text, SplitText split)
    {
        DateOnly? published = null;
        var publishedStart = -1;
        string? outlet = null, author = null, editor = null;
        var content = split.Content;
        var lineStart = 0;
        var lineNumber = 0;
        // The date a header line gives alone, and whether that line is a wire's dateline (which runs on into the lead).
        (DateOnly Day, int Start, bool InDateline)? dateAlone = null;
        (int Start, int End)? agency = null;
        while (lineStart < content.Length)
        {
            var lineEnd = content.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = content.Length;
            if (!content.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
                lineNumber++;
            if (dateAlone is null && lineNumber is > 0 and <= 3 && Dateline(text.Folded, lineStart, lineEnd) is { } dateline)
                (dateAlone, agency) = ((dateline.Day, dateline.Start, true), dateline.Agency);

            // Bylines and outlets are short lines; the article's paragraphs need not be copied to be ruled out.
            if (lineEnd - lineStart > MaxBylineLength)
            {
                lineStart = lineEnd + 1;
                continue;
            }

            var line = content[lineStart..lineEnd];
            var foldedLine = text.Folded[lineStart..lineEnd];
            if (dateAlone is null && lineNumber is > 0 and <= HeaderLines && DateAlone(foldedLine) is { } alone)
                dateAlone = (alone.Day, lineStart + alone.Start, false);

            if (published is null && PublishedLine().Match(foldedLine) is { Success: true } head && head.Length > 0)
            {
                var date = FrenchDateReader.Read(foldedLine).FirstOrDefault(e => e.IsAbsolute && e.To is null);
                if (date?.Resolve(null) is { Precision: Domain.DatePrecision.Day } day)
                {
                    published = day.Earliest;
                    publishedStart = lineStart + date.Start;
                }
            }

            if (outlet is null && OutletLine().Match(line) is { Success: true } site)
                outlet = site.Groups["name"].Value;
            if (ByLine().Match(line) is { Success: true } by)
                author ??= by.Groups["name"].Value;

            lineStart = lineEnd + 1;
        }

        foreach (var block in split.Blocks.Where(b => b.Kind == FurnitureKinds.EditorLine))
        {
            if (EditorLine().Match(text.Folded[block.Start..block.End]) is { Success: true } m)
                editor ??= text.Original.Substring(block.Start + m.Groups["name"].Index, m.Groups["name"].Length);
        }

        var fromDateline = false;
        if (published is null && dateAlone is { } header)
            (published, publishedStart, fromDateline) = header;
        author ??= LastNameLine(content) ?? editor;
        // « BAMAKO, 14 janvier 2026 (Agence Sahel Presse) – »: the agency is the outlet, and the names in it are not the news's.
        if (outlet is null && agency is { } name)
            return new Byline(published, publishedStart, text.Original[name.Start..name.End].Trim(), author) { OutletStart = name.Start, OutletEnd = name.End, PublishedInDateline = fromDateline };
        return new Byline(published, publishedStart, outlet, author) { PublishedInDateline = fromDateline };
    }

    // « Mardi 14 mars 2025 - 10h30 » alone on a line at the head of a page is when it was published.
    private static (DateOnly Day, int Start)? DateAlone(string foldedLine)
    {
        if (foldedLine.Length > 60)
            return null;
        var dates = FrenchDateReader.Read(foldedLine);
        if (dates.Count != 1 || !dates[0].IsAbsolute || dates[0].To is not null || dates[0].Resolve(null) is not { Precision: Domain.DatePrecision.Day } day)
            return null;
        var rest = string.Concat(foldedLine.AsSpan(0, dates[0].Start), foldedLine.AsSpan(dates[0].End));
        return TimeOnly().IsMatch(rest) ? (day.Earliest, dates[0].Start) : null;
    }

    // Only the head of the line is read: a dateline is its first few words, whatever follows it.
    private static (DateOnly Day, int Start, (int Start, int End)? Agency)? Dateline(string folded, int lineStart, int lineEnd)
    {
        var head = folded.Substring(lineStart, Math.Min(lineEnd - lineStart, 120));
        if (DatelinePlace().Match(head) is not { Success: true } place)
            return null;
        var rest = head[place.Length..];
        var dates = FrenchDateReader.Read(rest);
        if (dates.Count == 0 || dates[0].Start > 0 && !rest[..dates[0].Start].Trim().All(char.IsLetter) || !dates[0].IsAbsolute || dates[0].To is not null)
            return null;
        if (dates[0].Resolve(null) is not { Precision: Domain.DatePrecision.Day } day || DatelineEnd().Match(rest[dates[0].End..]) is not { Success: true } end)
            return null;
        var restStart = lineStart + place.Length;
        var named = end.Groups["agency"];
        (int, int)? agency = named.Success ? (restStart + dates[0].End + named.Index, restStart + dates[0].End + named.Index + named.Length) : null;
        return (day.Earliest, restStart + dates[0].Start, agency);
    }

    // A signature is a short line of two or three capitalised words among the last lines of the article.
    private static string? LastNameLine(string content)
    {
        var end = content.Length;
        for (var seen = 0; seen < 4 && end > 0;)
        {
            var start = content.LastIndexOf('\n', end - 1) + 1;
            var line = content.AsSpan(start, end - start).Trim();
            end = start - 1;
            if (line.IsEmpty)
                continue;
            seen++;
            if (line.Length <= MaxBylineLength && NameLine().Match(line.ToString()) is { Success: true } m)
                return m.Groups["name"].Value;
        }

        return null;
    }
}
