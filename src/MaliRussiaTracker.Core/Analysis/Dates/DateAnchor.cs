using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>
/// What a relative or year-less date is resolved against: the article's own time, at the precision it is known.
/// A page that prints only « 2025-06 » anchors « en avril » and « le 3 mai », but not « hier » or « lundi »:
/// those need the day.
/// </summary>
/// <param name="Day">The anchor's day (the first of its month or year where the day is not known).</param>
/// <param name="IsStoryDate">Lent by the article's story, not the article's own time: the news day other outlets
/// give, not the day this text was written, so « hier » cannot be placed, and « mercredi » is the Wednesday nearest.</param>
public readonly record struct DateAnchor(DateOnly Day, DatePrecision Precision, bool IsStoryDate = false)
{
    /// <summary>The anchor a story's date gives an article that prints none of its own.</summary>
    public static DateAnchor OfStory(PartialDate date) => new(date.Earliest, date.Precision, true);

    /// <summary>An anchor on a known day.</summary>
    public static implicit operator DateAnchor(DateOnly day) => new(day, DatePrecision.Day);

    /// <summary>The anchor a date gives: its start, at its precision.</summary>
    public static DateAnchor Of(PartialDate date) => new(date.Earliest, date.Precision);

    /// <summary>The day that stands for the anchor when choosing a year: the middle of a month known alone.</summary>
    internal DateOnly Centre => Precision switch
    {
        DatePrecision.Day => Day,
        DatePrecision.Month => Day.AddDays(14),
        _ => Day.AddMonths(6),
    };
}
