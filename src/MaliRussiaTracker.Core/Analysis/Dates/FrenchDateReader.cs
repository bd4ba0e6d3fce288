using System.Globalization;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>
/// Finds dates in folded French text (and the commonest English shapes): days, lists of days, ranges of
/// days, months, lists of months, years, ranges of years, and dates relative to the article's own
/// (« en avril dernier », « ce lundi », « hier », « l'an dernier »).
/// </summary>
public static partial class FrenchDateReader
{
    private const string Month = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
    private const string Weekday = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private const string Year = @"(?:19|20)\d{2}";

    private static readonly string[] Months = Month.Split('|');
    private static readonly string[] Weekdays = Weekday.Split('|');

    [GeneratedRegex(@"\b(?:du|depuis le)\s+(?:(?:" + Weekday + @")\s+)?(?<d1>\d{1,2})(?:er)?(?:\s+(?<m1>" + Month + @")(?:\s+(?<y1>" + Year + @"))?)?\s+(?:au|jusqu'au)\s+(?:(?:" + Weekday + @")\s+)?(?<d2>\d{1,2})(?:er)?\s+(?<m2>" + Month + @")(?:\s+(?<y2>" + Year + @"))?(?:\s+(?<dir>dernier|prochain))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\b(?:les\s+)?(?<d1>\d{1,2})(?:er)?(?<more>(?:\s*,\s*\d{1,2})*)\s+et\s+(?<d2>\d{1,2})\s+(?<m>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>derniers?|prochains?))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayList();

    [GeneratedRegex(@"\b(?:(?:ce|le)\s+)?(?:(?<wd>" + Weekday + @")\s+)?(?:le\s+)?(?<d>\d{1,2})(?:er)?\s+(?<m>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>dernier|prochain))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>" + Year + @")|(?<y>" + Year + @")-(?<m>\d{2})-(?<d>\d{2}))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?:en\s+)?(?<m1>" + Month + @")\s+et\s+(?:en\s+)?(?<m2>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>derniers|prochains))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthList();

    [GeneratedRegex(@"(?:\b(?<pre>en|au mois de|courant|depuis|des|ce debut de|cette fin de|debut|fin|au debut de|a la fin de|a partir de|d'ici|jusqu'en|avant|apres|mi-|a la mi-|in|since)\s*)?\b(?<m>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>dernier|prochain))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOf();

    [GeneratedRegex(@"\b(?:de|entre|from|between)\s+(?<y1>" + Year + @")\s+(?:a|au|et|to|and)\s+(?<y2>" + Year + @")\b|\b(?<y1>" + Year + @")\s*[-–]\s*(?<y2>" + Year + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?<pre>en|depuis|des|avant|apres|jusqu'en|d'ici|fin|debut|courant|l'annee|annee|entre|in|since|mi-)\s*(?<y>" + Year + @")\b(?!\s*[-/–])", RegexOptions.CultureInvariant)]
    private static partial Regex YearOf();

    [GeneratedRegex(@"\b(?:(?<ce>ce)\s+)?(?<wd>" + Weekday + @")(?:\s+(?<dir>dernier|prochain))?\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayOf();

    [GeneratedRegex(@"\b(?<w>avant-hier|hier|l'an dernier|l'an passe|l'annee derniere|l'annee passee|l'an prochain|l'annee prochaine|cette annee|le mois dernier|le mois prochain|le mois passe|ce mois-ci)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    [GeneratedRegex(@"^\s+et\s+(?:[\w']+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    /// <summary>Every date expression of <paramref name="folded"/>, in order, none overlapping another.</summary>
    public static List<DateExpression> Read(string folded)
    {
        var found = new List<DateExpression>();
        Collect(found, DayRange(), folded, m => new DateExpression(0, 0,
            Spec(m, "y1", "m1", "d1"), Spec(m, "y2", "m2", "d2"), [], false));
        Collect(found, DayList(), folded, ReadDayList);
        Collect(found, Day(), folded, m => new DateExpression(0, 0, Spec(m, "y", "m", "d") with { Weekday = WeekdayIn(m) }, null, [], false));
        Collect(found, Numeric(), folded, m => new DateExpression(0, 0,
            new DateSpec { Year = Int(m, "y"), Month = Int(m, "m"), Day = Int(m, "d") }, null, [], false));
        Collect(found, MonthList(), folded, m => new DateExpression(0, 0, Spec(m, "y", "m1", null), null, [Spec(m, "y", "m2", null)], false));
        Collect(found, MonthOf(), folded, ReadMonth);
        Collect(found, YearRange(), folded, m => new DateExpression(0, 0,
            new DateSpec { Year = Int(m, "y1") }, new DateSpec { Year = Int(m, "y2") }, [], false));
        Collect(found, YearOf(), folded, m => new DateExpression(0, 0,
            new DateSpec { Year = Int(m, "y") }, null, [], m.Groups["pre"].Value is "depuis" or "des" or "since"));
        Collect(found, WeekdayOf(), folded, m => new DateExpression(0, 0,
            new DateSpec { Weekday = WeekdayIn(m), Direction = Direction(m) }, null, [], false));
        Collect(found, Offset(), folded, m => new DateExpression(0, 0, ReadOffset(m.Groups["w"].Value), null, [], false));

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return JoinRanges(found, folded);
    }

    private static void Collect(List<DateExpression> found, Regex regex, string folded, Func<Match, DateExpression?> read)
    {
        foreach (Match match in regex.Matches(folded))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            if (found.Exists(e => e.Start < end && start < e.End))
                continue;
            if (read(match) is { } expression)
                found.Add(expression with { Start = start, End = end });
        }
    }

    private static DateExpression ReadDayList(Match m)
    {
        var first = Spec(m, "y", "m", "d1");
        var others = new List<DateSpec>();
        foreach (var part in m.Groups["more"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            others.Add(first with { Day = int.Parse(part, CultureInfo.InvariantCulture) });
        others.Add(first with { Day = Int(m, "d2") });
        return new DateExpression(0, 0, first, null, others, false);
    }

    private static DateExpression? ReadMonth(Match m)
    {
        var pre = m.Groups["pre"].Value;
        // A bare month name (« mars », « mai ») is too often something else to count without a year or a preposition.
        if (pre.Length == 0 && !m.Groups["y"].Success && !m.Groups["dir"].Success)
            return null;
        return new DateExpression(0, 0, Spec(m, "y", "m", null), null, [], pre is "depuis" or "des" or "since" or "a partir de");
    }

    private static DateSpec ReadOffset(string words) => words switch
    {
        "hier" => new DateSpec { DayOffset = -1 },
        "avant-hier" => new DateSpec { DayOffset = -2 },
        "le mois dernier" or "le mois passe" => new DateSpec { MonthOffset = -1 },
        "le mois prochain" => new DateSpec { MonthOffset = 1 },
        "ce mois-ci" => new DateSpec { MonthOffset = 0 },
        "cette annee" => new DateSpec { YearOffset = 0 },
        "l'an prochain" or "l'annee prochaine" => new DateSpec { YearOffset = 1 },
        _ => new DateSpec { YearOffset = -1 },
    };

    // « entre 2022 et ce jour historique du 23 juin 2025 »: two dates joined into one range.
    private static List<DateExpression> JoinRanges(List<DateExpression> found, string folded)
    {
        var joined = new List<DateExpression>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var current = found[i];
            if (current.To is null && i + 1 < found.Count && found[i + 1].To is null
                && EndsWithWord(folded, current.Start, "entre")
                && RangeJoin().IsMatch(folded.AsSpan(current.End, found[i + 1].Start - current.End)))
            {
                var next = found[i + 1];
                joined.Add(new DateExpression(current.Start, next.End, current.From, next.From, [], false));
                i++;
                continue;
            }

            joined.Add(current);
        }

        return joined;
    }

    private static bool EndsWithWord(string folded, int position, string word)
    {
        var span = folded.AsSpan(0, position).TrimEnd();
        return span.EndsWith(word, StringComparison.Ordinal)
            || folded.AsSpan(position).StartsWith(word, StringComparison.Ordinal);
    }

    private static DateSpec Spec(Match m, string year, string month, string? day) => new()
    {
        Year = Int(m, year),
        Month = m.Groups[month].Success ? Array.IndexOf(Months, m.Groups[month].Value) + 1 : null,
        Day = day is null ? null : Int(m, day),
        Direction = Direction(m),
    };

    private static DateDirection Direction(Match m) => m.Groups["dir"].Value switch
    {
        "dernier" or "derniers" => DateDirection.Past,
        "prochain" or "prochains" => DateDirection.Future,
        _ => DateDirection.None,
    };

    private static DayOfWeek? WeekdayIn(Match m) =>
        m.Groups["wd"].Success ? (DayOfWeek)((Array.IndexOf(Weekdays, m.Groups["wd"].Value) + 1) % 7) : null;

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : null;
}
