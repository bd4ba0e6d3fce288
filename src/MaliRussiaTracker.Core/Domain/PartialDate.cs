using System.Diagnostics.CodeAnalysis;

namespace MaliRussiaTracker.Core.Domain;

/// <summary>
/// A date as the press gives it: a day (<c>2025-04-03</c>), a month (<c>2025-04</c>), a year (<c>2025</c>)
/// or a range of any of these (<c>2025-11-11/2025-11-14</c>, <c>2020/2023</c>). Its ISO text sorts in the
/// same order as <see cref="CompareTo(PartialDate)"/>, so a database can order a timeline by the text alone.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>, IParsable<PartialDate>
{
    private PartialDate(DatePoint start, DatePoint? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The date, or the first end of a range.</summary>
    public DatePoint Start { get; }

    /// <summary>The last end of a range; null for a single day, month or year.</summary>
    public DatePoint? End { get; }

    /// <summary>Whether this is a range.</summary>
    public bool IsRange => End is not null;

    /// <summary>The precision of the start.</summary>
    public DatePrecision Precision => Start.Precision;

    /// <summary>The first calendar day covered.</summary>
    public DateOnly Earliest => Start.FirstDay;

    /// <summary>The last calendar day covered.</summary>
    public DateOnly Latest => (End ?? Start).LastDay;

    /// <summary>A single day.</summary>
    public static PartialDate OfDay(int year, int month, int day) => new(DatePoint.OfDay(year, month, day), null);

    /// <summary>A single day.</summary>
    public static PartialDate OfDay(DateOnly day) => new(DatePoint.From(day), null);

    /// <summary>A month of a year.</summary>
    public static PartialDate OfMonth(int year, int month) => new(DatePoint.OfMonth(year, month), null);

    /// <summary>A year.</summary>
    public static PartialDate OfYear(int year) => new(DatePoint.OfYear(year), null);

    /// <summary>A single point.</summary>
    public static PartialDate Of(DatePoint point) => new(point, null);

    /// <summary>
    /// A range from <paramref name="start"/> to <paramref name="end"/>; the same point twice is that point.
    /// Throws <see cref="ArgumentException"/> where the end comes before the start.
    /// </summary>
    public static PartialDate Range(DatePoint start, DatePoint end)
    {
        if (start == end)
            return new PartialDate(start, null);
        if (end.LastDay < start.FirstDay || end < start)
            throw new ArgumentException($"A range cannot end ({end}) before it starts ({start}).", nameof(end));
        return new PartialDate(start, end);
    }

    /// <summary>Whether a calendar day falls inside the date.</summary>
    public bool Contains(DateOnly day) => Earliest <= day && day <= Latest;

    /// <summary>Whether two dates share at least one calendar day.</summary>
    public bool Overlaps(PartialDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Reads ISO text; throws <see cref="FormatException"/> that says what is wrong and what is expected.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <inheritdoc cref="Parse(string)"/>
    public static PartialDate Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads ISO text, or returns false.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) =>
        TryParse(s, out result, out _);

    /// <summary>Reads ISO text; on failure <paramref name="error"/> says what is wrong and what is expected.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        const string expected = "expected a day (2025-04-03), a month (2025-04), a year (2025) or a range of them (2025-11-11/2025-11-14)";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"An empty text is not a date: {expected}.";
            return false;
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var startText = slash < 0 ? trimmed.AsSpan() : trimmed.AsSpan(0, slash);
        if (!DatePoint.TryParse(startText, out var start, out var pointError))
        {
            error = $"'{text}' is not a partial date: {pointError}; {expected}.";
            return false;
        }

        if (slash < 0)
        {
            date = new PartialDate(start, null);
            error = null;
            return true;
        }

        if (!DatePoint.TryParse(trimmed.AsSpan(slash + 1), out var end, out pointError))
        {
            error = $"'{text}' is not a partial date: {pointError}; {expected}.";
            return false;
        }

        if (end < start)
        {
            error = $"'{text}' is not a partial date: the range ends before it starts; {expected}.";
            return false;
        }

        date = start == end ? new PartialDate(start, null) : new PartialDate(start, end);
        error = null;
        return true;
    }

    /// <summary>Timeline order: by start, coarser first at the same start, single dates before ranges, then by end.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
            return byStart;
        return (End, other.End) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            var (mine, theirs) => mine.Value.CompareTo(theirs.Value),
        };
    }

    /// <summary>ISO text: <c>2025-04-03</c>, <c>2025-04</c>, <c>2025</c>, <c>2025-11-11/2025-11-14</c>.</summary>
    public override string ToString() => End is { } end ? $"{Start}/{end}" : Start.ToString();

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
