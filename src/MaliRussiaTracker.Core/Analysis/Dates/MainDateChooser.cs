using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>Where an article goes on a timeline: the day or month it is about.</summary>
public static class MainDateChooser
{
    private const int LeadLength = 400;
    private const int LeadDaysBefore = 7;
    private const int StoryDaysAround = 3;

    /// <summary>
    /// The article's own date when no publication date is printed: the first full day in its opening, else the
    /// first day or month it gives; « depuis 2021 » and ranges are background, not what it is about.
    /// </summary>
    public static PartialDate? OwnDate(IReadOnlyList<DateExpression> dates, string folded)
    {
        var length = folded.Length;
        PartialDate? firstMonth = null;
        PartialDate? first = null;
        PartialDate? firstBackground = null;
        foreach (var expression in dates)
        {
            if (!expression.IsAbsolute || expression.IsSince || expression.To is not null)
                continue;
            if (expression.Resolve(null) is not { } date || date.Precision == DatePrecision.Year)
                continue;
            if (IsBackground(folded, expression.Start))
            {
                firstBackground ??= date;
                continue;
            }

            first ??= date;
            if (date.Precision == DatePrecision.Day && expression.Start <= length / 3)
                return date;
            // A month alone further on than the opening third of an undated report is most often its background (« reçu
            // en mars 2023 ») rather than its news; a full day there still dates it.
            if (date.Precision == DatePrecision.Day || expression.Start <= length / 3)
                firstMonth ??= date;
        }

        // « a posé le 16 juin la première pierre », and « octobre 2023 » only further on: the lead's day, at or after
        // the date the text gives elsewhere, since what a report tells in the past comes before its news. A weekday
        // printed with it (« ce vendredi 26 janvier ») fixes the year beside any date of the text, background too.
        foreach (var expression in dates)
        {
            if (expression.Start > LeadLength)
                break;
            if (expression.IsAbsolute || expression.From is not { Day: not null, Month: not null, FromPrevious: false } spec || IsBackground(folded, expression.Start))
                continue;
            var anchor = spec.Weekday is not null ? first ?? firstBackground : first;
            if (anchor is null)
                continue;
            var forward = spec.Weekday is not null || spec.Direction != DateDirection.None ? expression : expression with { From = spec with { Direction = DateDirection.Future } };
            // A weekday no year near the text agrees with says the text is not what it seems: nothing is guessed.
            if (forward.Resolve(DateAnchor.Of(anchor.Value)) is { Precision: DatePrecision.Day } day && (spec.Weekday is null || day.Earliest.DayOfWeek == spec.Weekday))
                return day;
        }

        return firstMonth;
    }

    // Words that set a date in the past of the news: « depuis », « après la mort de », « déjà », « lors du sommet »,
    // « il y a », « since », « back in ». Looked for in the words before the date, within its sentence.
    private static readonly string[] BackgroundWords =
    [
        "depuis", "deja", "apres la mort", "lors du", "lors de", "lors d'", "en marge du", "il y a", "remonte", "avait", "avaient",
        "precedemment", "auparavant", "jadis", "a l'epoque", "since", "already", "back in", "previously", "earlier", "after the death", "had ",
    ];

    private const int BackgroundReach = 60;

    private static bool IsBackground(string folded, int start)
    {
        var from = Math.Max(0, start - BackgroundReach);
        var stop = folded.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, start - 1), start - from);
        if (stop >= from)
            from = stop + 1;
        var before = folded.AsSpan(from, start - from);
        foreach (var word in BackgroundWords)
        {
            var at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])))
                return true;
        }

        return false;
    }

    /// <summary>
    /// A report published on Wednesday about « mardi » is about Tuesday: the day its opening gives, in the week
    /// before publication, is where it goes on a timeline. A day further back is background (« il y a un an »).
    /// The opening follows the publication line, or, in a wire's dateline (« BAMAKO, 14 janvier 2026 (Agence) –
    /// Le Mali a reçu mardi… »), the date itself on the same line.
    /// </summary>
    public static DateOnly? DayOfTheLead(ArticleReading reading, IReadOnlyList<DatedFinding> facts, PartialDate published, bool storyDate = false)
    {
        // A page dated to the month alone (« 2025-06 ») reports a day of that month, or of the week before it. A story's
        // news day is not when this text was written: its « ce lundi » is a day of the same news, on either side.
        var (first, last) = published.Precision != DatePrecision.Day ? (published.Earliest.AddDays(-LeadDaysBefore), published.Latest)
            : storyDate ? (published.Earliest.AddDays(-StoryDaysAround), published.Earliest.AddDays(StoryDaysAround))
            : (published.Earliest.AddDays(-LeadDaysBefore), published.Earliest.AddDays(-1));
        var start = reading.Byline.PublishedStart;
        var leadStart = start < 0 ? 0 : reading.Byline.PublishedInDateline ? start : reading.Sentences.EndOf(start, reading.Content.Length);
        // A page dated to the month alone reports the first day of that month its text gives, wherever it stands. A
        // day's lead is its first two sentences: a wire's long opening sentence sums up, the next says when
        // (« …, cité dans un communiqué jeudi »).
        var leadEnd = published.Precision == DatePrecision.Day
            ? Math.Max(leadStart + LeadLength, reading.Sentences.EndOf(reading.Sentences.EndOf(leadStart, reading.Content.Length), reading.Content.Length))
            : int.MaxValue;
        foreach (var fact in facts)
        {
            // A title and opening printed above a late date line are the lead too (« … est arrivé mardi au Mali »,
            // then « 7 février 2023 à 4h36 par AFP »).
            var aboveTheDate = start > 0 && fact.Start < start && fact.Start < LeadLength;
            // The date line itself (« 2024-09-17 ») is not its own lead.
            if (fact.Start <= start && start < fact.End)
                continue;
            if ((fact.Start < leadStart && !aboveTheDate) || fact.Start >= leadEnd || fact.Date.IsRange || fact.Date.Precision != DatePrecision.Day)
                continue;
            var day = fact.Date.Earliest;
            // A title and opening above the date line that tell the day of publication itself: that is the news's day,
            // and a later « lundi » is background.
            if (aboveTheDate && published.Precision == DatePrecision.Day && day == published.Earliest)
                return null;
            if (day >= first && day <= last)
                return day;
        }

        return null;
    }
}
