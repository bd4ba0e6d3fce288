using System.Globalization;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>
/// Finds dates in folded French text (and the commonest English shapes): days, lists of days, ranges of
/// days, months, lists of months, years, ranges of years, and dates relative to the article's own
/// (« en avril dernier », « ce lundi », « hier », « l'an dernier »).
/// </summary>
/// <remarks>
/// Every pattern starts on the date's own words (a number, a month, a weekday); the words before it
/// (« le », « ce mardi », « au mois de », « depuis ») are read backwards afterwards. Patterns that began with
/// optional words would be tried at every position of every article.
/// </remarks>
public static partial class FrenchDateReader
{
    private const string Month = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
    private const string Weekday = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private const string Year = @"(?:19|20)\d{2}";

    private const string EnglishMonth = "january|february|march|april|may|june|july|august|september|october|november|december";
    // Wire copy abbreviates (« Feb 16 », « Sept. 3 »): full names first, so « march » is not read « mar ».
    private const string EnglishMonthOrShort = EnglishMonth + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private const string EnglishWeekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    private static readonly string[] Months = Month.Split('|');
    private static readonly string[] EnglishMonths = EnglishMonth.Split('|');
    private static readonly string[] EnglishWeekdays = EnglishWeekday.Split('|');
    private static readonly string[] Weekdays = Weekday.Split('|');
    private static readonly string[] FutureEndings = ["ront", "rons", "rez", "ra", "ras"];
    private static readonly string[] SinceWords = ["depuis", "des", "since", "a partir de"];
    private static readonly string[] MonthLeads =
    [
        "au mois de", "au mois d'", "le mois de", "le mois d'", "au cours du mois de", "au cours du mois d'", "debut d'", "fin d'", "ce debut de", "cette fin de", "au debut de", "a la fin de", "a partir de", "a la mi-", "courant",
        "depuis", "jusqu'en", "d'ici", "avant", "apres", "debut", "fin", "mi-", "des", "en", "in", "since",
    ];

    private static readonly string[] YearLeads =
    [
        "au cours de l'annee", "l'annee", "annee", "jusqu'en", "d'ici", "depuis", "avant", "apres", "courant", "debut",
        "fin", "mi-", "entre", "des", "en", "in", "since",
        "au printemps", "a l'automne", "en ete", "en hiver", "spring", "summer", "autumn", "fall", "winter", "spring of",
        "summer of", "autumn of", "fall of", "winter of",
    ];

    // Starts on the first day's number; « du », « depuis le » and a weekday are read backwards (ReadDayRange).
    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:er)?(?:\s+(?<m1>" + Month + @")(?:\s+(?<y1>" + Year + @"))?)?\s+(?:au|jusqu'au)\s+(?:(?:" + Weekday + @")\s+)?(?<d2>\d{1,2})(?:er)?\s+(?<m2>" + Month + @")(?:\s+(?<y2>" + Year + @"))?(?:\s+(?<dir>dernier|prochain))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"\b(?<d1>\d{1,2})(?:er)?(?<more>(?:\s*,\s*\d{1,2})*)\s+et\s+(?<d2>\d{1,2})\s+(?<m>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>derniers?|prochains?))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayList();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:er)?\s+(?<m>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>dernier|prochain))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>" + Year + @")|(?<y>" + Year + @")-(?<m>\d{2})-(?<d>\d{2})(?=t|\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    // Read from the end of a month: « janvier et mars derniers ».
    [GeneratedRegex(@"\G\s+et\s+(?:en\s+)?(?<m2>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>derniers|prochains))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthListTail();

    [GeneratedRegex(@"\b(?<m>" + Month + @")(?:\s+(?<y>" + Year + @"))?(?:\s+(?<dir>dernier|prochain))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOf();

    [GeneratedRegex(@"\b(?<y1>" + Year + @")(?:\s+(?<join>a|au|et|to|and)\s+|\s*[-–]\s*)(?<y2>" + Year + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\b(?<y>" + Year + @")\b(?!\s*[-/–])", RegexOptions.CultureInvariant)]
    private static partial Regex YearOf();

    [GeneratedRegex(@"\b(?<wd>" + Weekday + @")(?:\s+(?<dir>dernier|prochain))?\b(?!\s+\d)", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayOf();

    [GeneratedRegex(@"\b(?<w>avant-hier|hier|l'an dernier|l'an passe|l'annee derniere|l'annee passee|l'an prochain|l'annee prochaine|cette annee|le mois dernier|le mois prochain|le mois passe|ce mois-ci|il y a un an|last year|this year|next year|a year ago|last month|this month|next month|yesterday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    private const string Count = @"\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty";

    // Dates told from the last one printed: « la veille », « le lendemain », « deux mois plus tard », « the next day ».
    [GeneratedRegex(@"\b(?:(?<w>l'avant-veille|la veille|le surlendemain|le lendemain|le mois suivant|le mois precedent|le mois d'apres|l'annee suivante|l'annee precedente|l'annee d'apres|the day before|the next day|the following day|the following month|the following year)|(?<n>" + Count + @")\s+(?<unit>jours?|semaines?|mois|ans|annees?|days?|weeks?|months?|years?)\s+(?<dir>plus tard|plus tot|auparavant|later|earlier))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Sequel();

    [GeneratedRegex(@"\b(?:(?<m>" + EnglishMonthOrShort + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + EnglishMonthOrShort + @")\.?,?)\s+(?<y>" + Year + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDay();

    // « on Feb 16 », « March 3 »: the year is the article's.
    [GeneratedRegex(@"\b(?<m>" + EnglishMonthOrShort + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:h]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDayOfYear();

    [GeneratedRegex(@"\b(?:(?<pre>in|since|by|until|early|late|mid-|last|this|next)\s*(?<m>" + EnglishMonth + @")(?:\s+(?<y>" + Year + @"))?|(?<m>" + EnglishMonth + @")\s+(?<y>" + Year + @"))\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthOf();

    [GeneratedRegex(@"\b(?:on|last|next)\s+(?<wd>" + EnglishWeekday + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishWeekdayOf();

    [GeneratedRegex(@"^\s+et\s+(?:[\w']+\s+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoin();

    /// <summary>Every date expression of <paramref name="folded"/>, in order, none overlapping another.</summary>
    public static List<DateExpression> Read(string folded)
    {
        var found = new List<DateExpression>();
        Collect(found, DayRange(), folded, ReadDayRange);
        Collect(found, DayList(), folded, ReadDayList);
        Collect(found, Day(), folded, ReadDay);
        Collect(found, Numeric(), folded, (m, _) => At(m, new DateExpression(0, 0,
            new DateSpec { Year = Int(m, "y"), Month = Int(m, "m"), Day = Int(m, "d") }, null, [], false)));
        Collect(found, MonthOf(), folded, ReadMonth);
        Collect(found, YearRange(), folded, ReadYearRange);
        Collect(found, YearOf(), folded, ReadYear);
        Collect(found, WeekdayOf(), folded, ReadWeekday);
        // Relative words are rare: a vectorised search for their cores spares most articles the pattern.
        if (folded.Contains("hier", StringComparison.Ordinal) || folded.Contains("l'an", StringComparison.Ordinal)
            || folded.Contains("annee", StringComparison.Ordinal) || folded.Contains("mois", StringComparison.Ordinal)
            || folded.Contains("year", StringComparison.Ordinal) || folded.Contains("month", StringComparison.Ordinal) || folded.Contains("il y a un an", StringComparison.Ordinal))
            Collect(found, Offset(), folded, (m, _) => At(m, new DateExpression(0, 0, ReadOffset(m.Groups["w"].Value), null, [], false)));

        if (folded.Contains("veille", StringComparison.Ordinal) || folded.Contains("lendemain", StringComparison.Ordinal)
            || folded.Contains("suivant", StringComparison.Ordinal) || folded.Contains("precedent", StringComparison.Ordinal)
            || folded.Contains("plus t", StringComparison.Ordinal) || folded.Contains("auparavant", StringComparison.Ordinal)
            || folded.Contains("the ", StringComparison.Ordinal) || folded.Contains(" later", StringComparison.Ordinal) || folded.Contains(" earlier", StringComparison.Ordinal))
            Collect(found, Sequel(), folded, (m, _) => ReadSequel(m) is { } spec ? At(m, new DateExpression(0, 0, spec, null, [], false)) : null);

        // Short lines (a dateline) are read both ways; in an article, English shows in its commonest word. A French
        // article may still quote an English post or caption with its full date (« March 27, 2024 »).
        if (folded.Length < 200 || folded.Contains(" the ", StringComparison.Ordinal))
            ReadEnglish(found, folded);
        else if (folded.AsSpan().ContainsAny(EnglishOnlyMonths))
            Collect(found, EnglishDay(), folded, ReadEnglishDay);

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return JoinRanges(DropApposedOffsets(found, folded), folded);
    }

    private static void Collect(List<DateExpression> found, Regex regex, string text, Func<Match, string, DateExpression?> read)
    {
        foreach (Match match in regex.Matches(text))
        {
            if (read(match, text) is not { } expression)
                continue;
            var overlaps = false;
            for (var k = 0; k < found.Count && !overlaps; k++)
                overlaps = found[k].Start < expression.End && expression.Start < found[k].End;
            if (!overlaps)
                found.Add(expression);
        }
    }

    // The commonest English shapes, for English articles: « April 12, 2024 », « in March », « on Wednesday ».
    private static void ReadEnglish(List<DateExpression> found, string folded)
    {
        Collect(found, EnglishDay(), folded, ReadEnglishDay);
        Collect(found, EnglishDayOfYear(), folded, (m, _) => Int(m, "d") is >= 1 and <= 31
            ? At(m, new DateExpression(0, 0, new DateSpec { Month = EnglishMonthNumber(m.Groups["m"].Value), Day = Int(m, "d") }, null, [], false))
            : null);
        Collect(found, EnglishMonthOf(), folded, (m, _) => At(m, new DateExpression(0, 0,
            new DateSpec
            {
                Year = Int(m, "y"),
                Month = Array.IndexOf(EnglishMonths, m.Groups["m"].Value) + 1,
                Direction = m.Groups["pre"].Value switch { "last" => DateDirection.Past, "next" => DateDirection.Future, _ => DateDirection.None },
            }, null, [], m.Groups["pre"].Value == "since")));
        // « on Monday » in a report is the Monday just past, unless a helper before it says it is to come.
        Collect(found, EnglishWeekdayOf(), folded, (m, text) => At(m, new DateExpression(0, 0, new DateSpec
        {
            Weekday = (DayOfWeek)((Array.IndexOf(EnglishWeekdays, m.Groups["wd"].Value) + 1) % 7),
            Direction = m.Value.StartsWith("last", StringComparison.Ordinal) ? DateDirection.Past
                : m.Value.StartsWith("next", StringComparison.Ordinal) || FutureVerbBefore(text, m.Index) ? DateDirection.Future
                : DateDirection.Recent,
        }, null, [], false)));
    }

    private static DateExpression ReadEnglishDay(Match m, string text) => At(m, new DateExpression(0, 0,
        new DateSpec { Year = Int(m, "y"), Month = EnglishMonthNumber(m.Groups["m"].Value), Day = Int(m, "d") }, null, [], false));

    // The English month names, looked for in one vectorised pass; « march » and « may » only before a day, since
    // « marché » folds to « marche », and « august » before a space, since « Auguste » is a name.
    private static readonly System.Buffers.SearchValues<string> EnglishOnlyMonths = System.Buffers.SearchValues.Create(
        [
            "january", "february", "april", "june", "july", "august ", "september", "october", "november", "december",
            .. Enumerable.Range(1, 9).SelectMany(d => new[] { $"march {d}", $"may {d}" }),
        ], StringComparison.Ordinal);

    private static int EnglishMonthNumber(string name)
    {
        foreach (var (month, i) in EnglishMonths.Select((month, i) => (month, i)))
        {
            if (month.StartsWith(name, StringComparison.Ordinal))
                return i + 1;
        }

        return 0;
    }

    private static DateExpression At(Match m, DateExpression expression, int? start = null) =>
        expression with { Start = start ?? m.Index, End = m.Index + m.Length };

    // « du 11 au 14 novembre », « du lundi 3 au jeudi 6 mars »: a range needs its « du » (or « depuis le »).
    private static DateExpression? ReadDayRange(Match m, string text)
    {
        var start = m.Index;
        if (WordBefore(text, start, Weekdays) is { } weekday)
            start = weekday;
        if (WordBefore(text, start, ["du", "depuis le"]) is not { } lead)
            return null;
        return At(m, new DateExpression(0, 0, Spec(m, "y1", "m1", "d1"), Spec(m, "y2", "m2", "d2"), [], false), lead);
    }

    // « ce mardi 11 novembre », « le 1er mai », « lundi 23 juin »: the article and weekday before the day.
    private static DateExpression ReadDay(Match m, string text)
    {
        var start = m.Index;
        DayOfWeek? weekday = null;
        if (WordBefore(text, start, ["le"]) is { } le)
            start = le;
        if (WordBefore(text, start, Weekdays) is { } day)
        {
            weekday = WeekdayAt(text, day);
            start = day;
            if (WordBefore(text, start, ["ce", "le"]) is { } article)
                start = article;
        }

        return At(m, new DateExpression(0, 0, Spec(m, "y", "m", "d") with { Weekday = weekday }, null, [], false), start);
    }

    private static DateExpression ReadDayList(Match m, string text)
    {
        var first = Spec(m, "y", "m", "d1");
        var others = new List<DateSpec>();
        foreach (var part in m.Groups["more"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            others.Add(first with { Day = int.Parse(part, CultureInfo.InvariantCulture) });
        others.Add(first with { Day = Int(m, "d2") });
        return At(m, new DateExpression(0, 0, first, null, others, false), WordBefore(text, m.Index, ["les"]));
    }

    private static DateExpression? ReadMonth(Match m, string text)
    {
        var lead = WordBefore(text, m.Index, MonthLeads);
        if (!m.Groups["y"].Success && !m.Groups["dir"].Success && MonthListTail().Match(text, m.Index + m.Length) is { Success: true } tail)
        {
            var first = Spec(tail, "y", "m2", null) with { Month = Array.IndexOf(Months, m.Groups["m"].Value) + 1 };
            return new DateExpression(lead ?? m.Index, tail.Index + tail.Length, first, null, [Spec(tail, "y", "m2", null)], false);
        }

        // A bare month name (« mars », « mai ») is too often something else to count without a year or a preposition.
        if (lead is null && !m.Groups["y"].Success && !m.Groups["dir"].Success)
            return null;
        return At(m, new DateExpression(0, 0, Spec(m, "y", "m", null), null, [], lead is { } l && StartsWithAny(text, l, SinceWords)), lead);
    }

    // « de 1960 à 1990 », « entre 2020 et 2023 », « 2020-2023 »; two years joined by « et » alone are a list, not a range.
    private static DateExpression? ReadYearRange(Match m, string text)
    {
        int? lead = null;
        if (m.Groups["join"].Success && (lead = WordBefore(text, m.Index, ["de", "entre", "from", "between"])) is null)
            return null;
        return At(m, new DateExpression(0, 0, new DateSpec { Year = Int(m, "y1") }, new DateSpec { Year = Int(m, "y2") }, [], false), lead);
    }

    // « en 2019 », « depuis 2021 »; a bare year only as the next item of a list of years (« in 2020 and 2021 »).
    private static DateExpression? ReadYear(Match m, string text)
    {
        if (WordBefore(text, m.Index, YearLeads) is { } lead)
            return At(m, new DateExpression(0, 0, new DateSpec { Year = Int(m, "y") }, null, [], StartsWithAny(text, lead, SinceWords)), lead);
        var from = Math.Max(0, m.Index - 12);
        return YearListBefore().IsMatch(text.AsSpan(from, m.Index - from))
            ? At(m, new DateExpression(0, 0, new DateSpec { Year = Int(m, "y") }, null, [], false))
            : null;
    }

    [GeneratedRegex(@"(?:19|20)\d{2}\s*(?:,|\bet|\band|\bou|\bor)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex YearListBefore();

    // « ce lundi » is the nearest Monday; a bare « jeudi » in a report is the last one, unless a verb in the
    // future tense just before it points ahead (« se retrouveront vendredi »).
    private static DateExpression ReadWeekday(Match m, string text)
    {
        var lead = WordBefore(text, m.Index, ["ce"]);
        var direction = Direction(m);
        if (direction == DateDirection.None && lead is null)
            direction = FutureVerbBefore(text, m.Index) ? DateDirection.Future : DateDirection.Recent;
        return At(m, new DateExpression(0, 0, new DateSpec { Weekday = WeekdayAt(text, m.Index), Direction = direction }, null, [], false), lead);
    }

    // « va se rendre lundi », « est attendu jeudi », « will meet on Monday »: the future told with a helper word.
    private static readonly string[] FutureHelpers = ["va", "vont", "doit", "doivent", "devra", "devront", "devrait", "devraient", "attendu", "attendue", "attendus", "prevu", "prevue", "prevus", "will", "due to", "expected to", "set to", "plans to", "scheduled"];

    private static readonly string[] PastAuxiliaries = ["etait", "etaient", "avait", "avaient", "was", "were", "had"];

    private static bool PastAuxiliaryBefore(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        foreach (var auxiliary in PastAuxiliaries)
        {
            if (trimmed.EndsWith(auxiliary, StringComparison.Ordinal) && (trimmed.Length == auxiliary.Length || !char.IsLetter(trimmed[^(auxiliary.Length + 1)])))
                return true;
        }

        return false;
    }

    private static bool FutureVerbBefore(string text, int position)
    {
        var from = Math.Max(0, position - 40);
        var stretch = text.AsSpan(from, position - from);
        foreach (var helper in FutureHelpers)
        {
            var at = stretch.LastIndexOf(helper, StringComparison.Ordinal);
            // « était attendue mercredi », « was due to »: the future of a past, which is past.
            if (at >= 0 && (at == 0 || !char.IsLetter(stretch[at - 1])) && (at + helper.Length == stretch.Length || !char.IsLetter(stretch[at + helper.Length]))
                && !PastAuxiliaryBefore(stretch[..at]))
                return true;
        }

        foreach (var ending in FutureEndings)
        {
            var at = stretch.LastIndexOf(ending, StringComparison.Ordinal);
            if (at > 0 && char.IsLetter(stretch[at - 1]) && (at + ending.Length == stretch.Length || !char.IsLetter(stretch[at + ending.Length])))
                return true;
        }

        return false;
    }

    private static DateSpec? ReadSequel(Match m)
    {
        if (m.Groups["w"].Success)
        {
            return m.Groups["w"].Value switch
            {
                "l'avant-veille" => new DateSpec { DayOffset = -2, FromPrevious = true },
                "la veille" or "the day before" => new DateSpec { DayOffset = -1, FromPrevious = true },
                "le lendemain" or "the next day" or "the following day" => new DateSpec { DayOffset = 1, FromPrevious = true },
                "le surlendemain" => new DateSpec { DayOffset = 2, FromPrevious = true },
                "le mois precedent" => new DateSpec { MonthOffset = -1, FromPrevious = true },
                "l'annee precedente" => new DateSpec { YearOffset = -1, FromPrevious = true },
                "l'annee suivante" or "l'annee d'apres" or "the following year" => new DateSpec { YearOffset = 1, FromPrevious = true },
                _ => new DateSpec { MonthOffset = 1, FromPrevious = true },
            };
        }

        if (CountOf(m.Groups["n"].Value) is not { } n)
            return null;
        var dir = m.Groups["dir"].Value;
        var sign = dir is "plus tard" or "later" ? 1 : -1;
        var unit = m.Groups["unit"].Value;
        return unit[0] switch
        {
            'j' or 'd' => new DateSpec { DayOffset = sign * n, FromPrevious = true },
            's' or 'w' => new DateSpec { DayOffset = sign * 7 * n, FromPrevious = true },
            'm' => new DateSpec { MonthOffset = sign * n, FromPrevious = true },
            _ => new DateSpec { YearOffset = sign * n, FromPrevious = true },
        };
    }

    private static readonly string[] CountWords = ["zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];
    private static readonly string[] EnglishCountWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static int? CountOf(string word)
    {
        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return n is > 0 and < 400 ? n : null;
        if (word is "une" or "a")
            return 1;
        if (word is "quinze" or "fifteen")
            return 15;
        if (word is "vingt" or "twenty")
            return 20;
        var i = Array.IndexOf(CountWords, word);
        if (i < 0)
            i = Array.IndexOf(EnglishCountWords, word);
        return i > 0 ? i : null;
    }

    private static DateSpec ReadOffset(string words) => words switch
    {
        "hier" or "yesterday" => new DateSpec { DayOffset = -1 },
        "last month" => new DateSpec { MonthOffset = -1 },
        "next month" => new DateSpec { MonthOffset = 1 },
        "this month" => new DateSpec { MonthOffset = 0 },
        "this year" => new DateSpec { YearOffset = 0 },
        "next year" => new DateSpec { YearOffset = 1 },
        "avant-hier" => new DateSpec { DayOffset = -2 },
        "le mois dernier" or "le mois passe" => new DateSpec { MonthOffset = -1 },
        "le mois prochain" => new DateSpec { MonthOffset = 1 },
        "ce mois-ci" => new DateSpec { MonthOffset = 0 },
        "cette annee" => new DateSpec { YearOffset = 0 },
        "l'an prochain" or "l'annee prochaine" => new DateSpec { YearOffset = 1 },
        _ => new DateSpec { YearOffset = -1 },
    };

    /// <summary>
    /// Where one of <paramref name="words"/> ends just before <paramref name="position"/> (spaces between, or
    /// none after a hyphen or an apostrophe), its start; else null.
    /// </summary>
    private static int? WordBefore(string text, int position, string[] words)
    {
        var before = text.AsSpan(0, position);
        var trimmed = before.TrimEnd();
        foreach (var word in words)
        {
            // « mi-2025 », « au mois d'avril »: the word is glued to the date.
            var glued = word.EndsWith('-') || word.EndsWith('\'');
            var span = glued ? before : trimmed;
            if (glued ? span.EndsWith(word, StringComparison.Ordinal) : span.Length < before.Length && span.EndsWith(word, StringComparison.Ordinal))
            {
                var start = span.Length - word.Length;
                if (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                    return start;
            }
        }

        return null;
    }

    private static bool StartsWithAny(string text, int start, string[] words)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(start).StartsWith(word, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    // « arrivé hier, mercredi 10 avril 2024 »: the relative word and the date after it are one date, the printed one.
    private static List<DateExpression> DropApposedOffsets(List<DateExpression> found, string folded)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            if (found[i].From.DayOffset is not null && !found[i].From.FromPrevious && found[i + 1].IsAbsolute
                && folded.AsSpan(found[i].End, found[i + 1].Start - found[i].End).Trim() is [','] or [])
                found.RemoveAt(i);
        }

        return found;
    }

    // « entre 2022 et ce jour historique du 23 juin 2025 »: two dates joined into one range.
    private static List<DateExpression> JoinRanges(List<DateExpression> found, string folded)
    {
        var joined = new List<DateExpression>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var current = found[i];
            if (current.To is null && i + 1 < found.Count && found[i + 1].To is null
                && folded.AsSpan(current.Start).StartsWith("entre", StringComparison.Ordinal)
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

    private static DayOfWeek WeekdayAt(string text, int position)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (text.AsSpan(position).StartsWith(Weekdays[i], StringComparison.Ordinal))
                return (DayOfWeek)((i + 1) % 7);
        }

        throw new InvalidOperationException("A weekday was matched where none stands.");
    }

    private static int? Int(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : null;
}
