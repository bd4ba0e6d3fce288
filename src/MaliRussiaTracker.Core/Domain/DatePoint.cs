using System.Globalization;

namespace MaliRussiaTracker.Core.Domain;

/// <summary>How much of a calendar date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year, as in « en 2021 ».</summary>
    Year,
    /// <summary>The month of a year, as in « en mai 2025 ».</summary>
    Month,
    /// <summary>A single day.</summary>
    Day,
}

/// <summary>One end of a <see cref="PartialDate"/>: a year, a month of a year, or a day.</summary>
public readonly record struct DatePoint : IComparable<DatePoint>
{
    private DatePoint(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, where known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, where known.</summary>
    public int? Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first calendar day the point covers.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last calendar day the point covers.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Day => FirstDay,
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>A known day; throws <see cref="ArgumentOutOfRangeException"/> where no such day exists.</summary>
    public static DatePoint OfDay(int year, int month, int day)
    {
        var error = Validate(year, month, day);
        return error is null ? new DatePoint(year, month, day) : throw new ArgumentOutOfRangeException(nameof(day), error);
    }

    /// <summary>A month of a year.</summary>
    public static DatePoint OfMonth(int year, int month)
    {
        var error = Validate(year, month, null);
        return error is null ? new DatePoint(year, month, null) : throw new ArgumentOutOfRangeException(nameof(month), error);
    }

    /// <summary>A year.</summary>
    public static DatePoint OfYear(int year)
    {
        var error = Validate(year, null, null);
        return error is null ? new DatePoint(year, null, null) : throw new ArgumentOutOfRangeException(nameof(year), error);
    }

    /// <summary>The point for a whole calendar day.</summary>
    public static DatePoint From(DateOnly day) => new(day.Year, day.Month, day.Day);

    /// <summary>Reads <c>2025</c>, <c>2025-04</c> or <c>2025-04-03</c>; on failure says why in <paramref name="error"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DatePoint point, out string? error)
    {
        point = default;
        var parts = text.ToString().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || parts.Any(p => !p.All(char.IsAsciiDigit)))
        {
            error = $"'{text}' is not an ISO date: expected YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        error = Validate(year, month, day);
        if (error is not null)
        {
            error = $"'{text}' is not a real date: {error}";
            return false;
        }

        point = new DatePoint(year, month, day);
        return true;
    }

    private static string? Validate(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999)
            return "the year must be 1 to 9999";
        if (month is < 1 or > 12)
            return "the month must be 1 to 12";
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            return month is null
                ? "a day needs a month"
                : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value)} {year} has {DateTime.DaysInMonth(year, month.Value)} days";
        return null;
    }

    /// <summary>Earlier first; at the same first day, the coarser point first (2025 before 2025-01 before 2025-01-01).</summary>
    public int CompareTo(DatePoint other)
    {
        var byDay = FirstDay.CompareTo(other.FirstDay);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>ISO 8601 at the point's precision.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool operator <(DatePoint left, DatePoint right) => left.CompareTo(right) < 0;
    public static bool operator >(DatePoint left, DatePoint right) => left.CompareTo(right) > 0;
    public static bool operator <=(DatePoint left, DatePoint right) => left.CompareTo(right) <= 0;
    public static bool operator >=(DatePoint left, DatePoint right) => left.CompareTo(right) >= 0;
}
