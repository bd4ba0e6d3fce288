using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>Which way a relative date points from its reference: « dernier », « prochain », or neither.</summary>
public enum DateDirection
{
    None,
    Past,
    Future,

    /// <summary>On or before the reference: a bare weekday in a news report (« a déclaré jeudi »).</summary>
    Recent,
}

/// <summary>
/// One end of a date as printed, before it is resolved: any of year, month, day, weekday may be missing,
/// or it may be an offset from the reference (« hier », « l'an dernier »).
/// </summary>
public sealed record DateSpec
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }
    public DateDirection Direction { get; init; }

    /// <summary>Days from the reference (« hier » is -1).</summary>
    public int? DayOffset { get; init; }

    /// <summary>Months from the reference (« le mois dernier » is -1).</summary>
    public int? MonthOffset { get; init; }

    /// <summary>Years from the reference (« l'an dernier » is -1).</summary>
    public int? YearOffset { get; init; }

    /// <summary>
    /// Counted from the last date the text printed before it, not from the article's own (« la veille »,
    /// « le lendemain », « deux mois plus tard »).
    /// </summary>
    public bool FromPrevious { get; init; }

    /// <summary>Whether the words print a day or a month of their own, year or not: with the absolute dates, what a
    /// later « la veille » counts from.</summary>
    public bool IsCalendarDate => Month is not null && DayOffset is null && MonthOffset is null && YearOffset is null;

    /// <summary>Whether the printed words alone fix the date.</summary>
    public bool IsAbsolute => Year is not null && DayOffset is null && MonthOffset is null && YearOffset is null;

    /// <summary>The date, resolved against <paramref name="reference"/> where the text leaves it open.</summary>
    public DatePoint? Resolve(DateAnchor? reference)
    {
        if (IsAbsolute)
            return Point(Year!.Value, Month, Day);
        if (reference is not { } anchor)
            return null;
        var r = anchor.Day;
        // An anchor known to the month cannot place « hier » or « lundi », nor one known to the year « en avril »:
        // left out rather than guessed.
        if (DayOffset is { } days)
            return anchor.Precision == DatePrecision.Day && !anchor.IsStoryDate ? DatePoint.From(r.AddDays(days)) : null;
        if (MonthOffset is { } months)
        {
            if (anchor.Precision == DatePrecision.Year)
                return null;
            var m = r.AddMonths(months);
            return DatePoint.OfMonth(m.Year, m.Month);
        }

        if (YearOffset is { } years)
            return DatePoint.OfYear(r.Year + years);
        if (Weekday is { } weekday && Month is null)
            return anchor.Precision == DatePrecision.Day ? DatePoint.From(ResolveWeekday(r, weekday, anchor.IsStoryDate)) : null;
        if (Month is not { } month || anchor.Precision == DatePrecision.Year)
            return null;
        if (Day is not { } day)
            return ResolveMonth(anchor, month);
        // « vendredi 13 juin »: the weekday says which year, the one nearest the article's time.
        if (Weekday is { } named && YearOfWeekday(anchor, month, day, named) is { } year)
            return Point(year, month, day);
        return ResolveDay(anchor, month, day);
    }

    private DatePoint? ResolveMonth(DateAnchor anchor, int month)
    {
        var r = anchor.Day;
        var year = Direction switch
        {
            DateDirection.Past => month < r.Month ? r.Year : r.Year - 1,
            DateDirection.Future => month > r.Month ? r.Year : r.Year + 1,
            _ => NearestYear(anchor.Centre, month, 15),
        };
        return DatePoint.OfMonth(year, month);
    }

    private DatePoint? ResolveDay(DateAnchor anchor, int month, int day)
    {
        var r = anchor.Day;
        var year = NearestYear(anchor.Centre, month, Math.Min(day, 28));
        if (Direction == DateDirection.Past)
            year = month > r.Month || (month == r.Month && day > r.Day) ? r.Year - 1 : r.Year;
        else if (Direction == DateDirection.Future)
            year = month < r.Month || (month == r.Month && day < r.Day) ? r.Year + 1 : r.Year;
        return Point(year, month, day);
    }

    private DateOnly ResolveWeekday(DateOnly r, DayOfWeek weekday, bool storyDate)
    {
        var delta = (int)weekday - (int)r.DayOfWeek;
        // Against a story's news day, « mercredi » and « mardi dernier » are the news itself, told by an outlet that wrote
        // a day or two after it or before the others: the nearest such day. « Se retrouveront vendredi » still looks ahead.
        var direction = storyDate && Direction is DateDirection.Recent or DateDirection.Past ? DateDirection.None : Direction;
        return direction switch
        {
            DateDirection.Past => r.AddDays(delta < 0 ? delta : delta - 7),
            // « sera reçu mardi » printed on a Tuesday is that day.
            DateDirection.Future => r.AddDays(delta >= 0 ? delta : delta + 7),
            DateDirection.Recent => r.AddDays(delta <= 0 ? delta : delta - 7),
            // « ce lundi », « jeudi »: the nearest such day, in news most often just past.
            _ => r.AddDays(delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta),
        };
    }

    private static int? YearOfWeekday(DateAnchor anchor, int month, int day, DayOfWeek weekday)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Day.Year - 1; year <= anchor.Day.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month) || new DateOnly(year, month, day).DayOfWeek != weekday)
                continue;
            var distance = Math.Abs(new DateOnly(year, month, day).DayNumber - anchor.Centre.DayNumber);
            if (distance < bestDistance)
                (best, bestDistance) = (year, distance);
        }

        return best;
    }

    // « en décembre » read in January is the December just past; « en juin » read in April, the June to come:
    // the year that puts the date nearest the reference, the past one on a tie.
    private static int NearestYear(DateOnly r, int month, int day)
    {
        var best = r.Year;
        var bestDistance = int.MaxValue;
        foreach (var year in (ReadOnlySpan<int>)[r.Year - 1, r.Year, r.Year + 1])
        {
            var distance = Math.Abs(new DateOnly(year, month, day).DayNumber - r.DayNumber);
            if (distance < bestDistance || (distance == bestDistance && year < best))
                (best, bestDistance) = (year, distance);
        }

        return best;
    }

    private static DatePoint? Point(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
            return null;
        if (month is null)
            return DatePoint.OfYear(year);
        if (day is null)
            return DatePoint.OfMonth(year, month.Value);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month.Value) ? DatePoint.OfDay(year, month.Value, day.Value) : null;
    }
}
