using System.Globalization;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Bylines;

/// <summary>
/// Reads the publication date (« Publié lundi 23 juin 2025 à 07:31 », « Mis en ligne le … »), the outlet (a
/// line that is a site's name, « Source : … », a site's name after the title, a wire's agency) and the author (« Par … », a name alone on a line near the end,
/// « La Rédaction », an editor line) where the page prints them.
/// </summary>
public static partial class BylineReader
{
    private const int MaxBylineLength = 120;
    private const int HeaderLines = 6;

    // A page's head may run to many short lines (section, title twice, counters, share buttons) before its date.
    private const int HeaderChars = 600;

    // A header line may hold the title and its « Publié le … » after it.
    private const int MaxHeaderLineLength = 400;

    // « Publié le … » opens its line, or follows the title on it; « Mis à jour » counts where nothing says « publié ».
    [GeneratedRegex(@"(?:^|(?<=[\s|.,;:–—-]))(?:(?<first>publie|mis en ligne|mise en ligne|date de publication|published|posted|first published)|(?<update>mis a jour|mise a jour|updated|last updated|modifie))\b\s*:?\s*(?:le\s+|on\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex PublishedMarker();

    // A page's text that opens on its ISO date, maybe only a month (« date 2025-06 », « 2025-06-23 »).
    [GeneratedRegex(@"^\s*(?:date\s*:?\s*)?(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\d|3[01]))?(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingIsoDate();

    // « Amadou Diallo | 16 février 2026 »: the author before a bar, the date after it.
    [GeneratedRegex(@"^\s*(?:par\s+|by\s+)?(?<name>\p{L}[\p{L}'.-]+(?:\s+\p{L}[\p{L}'.-]+){0,3})\s*[|]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBeforeBar();

    // « © Koaci.com - jeudi 12 octobre 2023 - 16:51 »: the site's credit before the date.
    [GeneratedRegex(@"^\s*(?:©|\(c\))\s*[\p{L}\d][\p{L}\d'.-]*(?:\s+[\p{L}\d][\p{L}\d'.-]*){0,3}\s*[-–—|,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditBefore();

    [GeneratedRegex(@"^\s*(?:source|sources)\s*:\s*(?<name>.{2,60}?)\s*$|^\s*(?<name>[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|ml|bf|ne|fr|sn|ci|ru|africa|news|tv|media))\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OutletLine();

    [GeneratedRegex(@"^\s*(?:[Pp]ar|[Bb]y)\s+(?<name>\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^\s*(?<name>(?:[Ll]a\s+)?[Rr][ée]daction|\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    // What may stand beside a date alone on its line: a time (« 10h30 », « 4:12 PM GMT »), and after a bar or a dash
    // the desk or author (« 16 février 2026 | Rédaction »).
    [GeneratedRegex(@"^[\s\-–|:,.ah0-9]*(?:(?:am|pm|gmt|utc|wat|cet)\b[\s\-–|:,.0-9]*)*(?:(?:[|–—]\s*(?:par\s+|by\s+)?|\b(?:par|by)\s+)\p{L}[\p{L}' .-]{1,40})?$", RegexOptions.CultureInvariant)]
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
        (DateOnly Day, int Start, bool Update)? publishedMarked = null;
        while (lineStart < content.Length)
        {
            var lineEnd = content.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = content.Length;
            if (!content.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace())
                lineNumber++;
            if (dateAlone is null && lineNumber is > 0 and <= 3 && Dateline(text.Folded, lineStart, lineEnd) is { } dateline)
                (dateAlone, agency) = ((dateline.Day, dateline.Start, true), dateline.Agency);
            if (InHeader(lineNumber, lineStart) && lineEnd - lineStart <= MaxHeaderLineLength
                && PublishedOn(text.Folded, lineStart, lineEnd) is { } marked && (publishedMarked is null || publishedMarked.Value.Update && !marked.Update))
                publishedMarked = marked;

            // Bylines and outlets are short lines; the article's paragraphs need not be copied to be ruled out.
            if (lineEnd - lineStart > MaxBylineLength)
            {
                lineStart = lineEnd + 1;
                continue;
            }

            var line = content[lineStart..lineEnd];
            var foldedLine = text.Folded[lineStart..lineEnd];
            if (dateAlone is null && InHeader(lineNumber, lineStart) && DateAlone(foldedLine) is { } alone)
            {
                dateAlone = (alone.Day, lineStart + alone.Start, false);
                if (alone.Start > 0 && AuthorBeforeBar().Match(line[..alone.Start]) is { Success: true } signed)
                    author ??= signed.Groups["name"].Value;
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

        // « … - Le Journal du Sahel »: the site's name after the title, where no line names the outlet.
        if (outlet is null && split.Blocks.FirstOrDefault(b => b.Kind == FurnitureKinds.SiteName) is { } siteName)
            outlet = text.Original[siteName.Start..siteName.End].TrimStart(' ', '|', '-', '–', '—').Trim();

        var fromDateline = false;
        if (publishedMarked is { } marker)
            (published, publishedStart) = (marker.Day, marker.Start);
        Domain.PartialDate? month = null;
        if (published is null && LeadingIsoDate().Match(text.Folded) is { Success: true } iso)
        {
            var (y, m) = (int.Parse(iso.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), int.Parse(iso.Groups["m"].ValueSpan, CultureInfo.InvariantCulture));
            // The date runs on into the lead, on its own line or not.
            (publishedStart, fromDateline) = (iso.Groups["y"].Index, true);
            if (iso.Groups["d"].Success)
                published = new DateOnly(y, m, Math.Min(int.Parse(iso.Groups["d"].ValueSpan, CultureInfo.InvariantCulture), DateTime.DaysInMonth(y, m)));
            else
                month = Domain.PartialDate.OfMonth(y, m);
        }

        // A header's day within the month of the date line says which day it was.
        if (published is null && dateAlone is { } header && (month is not { } known || known.Contains(header.Day)))
            (published, publishedStart, fromDateline, month) = (header.Day, header.Start, header.InDateline, null);
        author ??= LastNameLine(content) ?? editor;
        // « BAMAKO, 14 janvier 2026 (Agence Sahel Presse) – »: the agency is the outlet, and the names in it are not the news's.
        if (outlet is null && agency is { } name)
            return new Byline(published, publishedStart, text.Original[name.Start..name.End].Trim(), author) { OutletStart = name.Start, OutletEnd = name.End, PublishedInDateline = fromDateline, PublishedMonth = month };
        return new Byline(published, publishedStart, outlet, author) { PublishedInDateline = fromDateline, PublishedMonth = month };
    }

    private static bool InHeader(int lineNumber, int lineStart) => lineNumber > 0 && (lineNumber <= HeaderLines || lineStart < HeaderChars);

    // The first full day after a « Publié le » (or « Mis à jour le ») marker in the line.
    private static (DateOnly Day, int Start, bool Update)? PublishedOn(string folded, int lineStart, int lineEnd)
    {
        // Most header lines hold no marker: the words' cores, searched vectorised, spare them the pattern.
        var span = folded.AsSpan(lineStart, lineEnd - lineStart);
        if (!span.Contains("publi", StringComparison.Ordinal) && !span.Contains("mis", StringComparison.Ordinal) && !span.Contains("post", StringComparison.Ordinal)
            && !span.Contains("updat", StringComparison.Ordinal) && !span.Contains("modifi", StringComparison.Ordinal))
            return null;
        var line = folded[lineStart..lineEnd];
        (DateOnly Day, int Start, bool Update)? found = null;
        foreach (Match marker in PublishedMarker().Matches(line))
        {
            var after = marker.Index + marker.Length;
            var date = FrenchDateReader.Read(line[after..Math.Min(line.Length, after + 60)]).FirstOrDefault();
            if (date is { IsAbsolute: true, To: null, Start: < 12 } && date.Resolve(null) is { Precision: Domain.DatePrecision.Day } day)
            {
                // « Mis à jour le 21 … - Publié le 20 … »: the publication wins over the update on the line.
                if (!marker.Groups["update"].Success)
                    return (day.Earliest, lineStart + after + date.Start, false);
                found ??= (day.Earliest, lineStart + after + date.Start, true);
            }
        }

        return found;
    }

    // « Mardi 14 mars 2025 - 10h30 » alone on a line at the head of a page is when it was published.
    private static (DateOnly Day, int Start)? DateAlone(string foldedLine)
    {
        if (foldedLine.Length > 60)
            return null;
        var dates = FrenchDateReader.Read(foldedLine);
        if (dates.Count != 1 || !dates[0].IsAbsolute || dates[0].To is not null || dates[0].Resolve(null) is not { Precision: Domain.DatePrecision.Day } day)
            return null;
        var before = foldedLine[..dates[0].Start];
        var after = foldedLine[dates[0].End..];
        var alone = TimeOnly().IsMatch(before + after) || (AuthorBeforeBar().IsMatch(before) || CreditBefore().IsMatch(before)) && TimeOnly().IsMatch(after);
        return alone ? (day.Earliest, dates[0].Start) : null;
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
