using System.Globalization;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>
/// Dates as feeds write them, the forms feedparser's documentation lists: RFC 822 with two- or four-digit years, with
/// or without seconds or time, named zones (and the wrong ones: ET, PT), asctime, W3CDTF and ISO 8601 down to a year,
/// ordinal days and two-digit years, MSSQL's, and fields past their range (31 June, 25 h), carried as feedparser does;
/// then whatever .NET reads in English or French.
/// </summary>
internal static partial class FeedDates
{
    // RFC 822's zones and the wrong ones feedparser forgives (ET for EST, and so on).
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["EET"] = 2, ["EEST"] = 3,
        ["AST"] = -4, ["ADT"] = -3, ["AT"] = -4, ["EST"] = -5, ["EDT"] = -4, ["ET"] = -5, ["CST"] = -6, ["CDT"] = -5, ["CT"] = -6,
        ["MST"] = -7, ["MDT"] = -6, ["MT"] = -7, ["PST"] = -8, ["PDT"] = -7, ["PT"] = -8,
    };

    // English and French month names and their abbreviations, by their first letters.
    private static readonly (string Prefix, int Month)[] Months =
    [
        ("jan", 1), ("feb", 2), ("fév", 2), ("fev", 2), ("mar", 3), ("apr", 4), ("avr", 4), ("may", 5), ("mai", 5), ("jun", 6), ("juin", 6),
        ("jul", 7), ("juil", 7), ("aug", 8), ("aoû", 8), ("aou", 8), ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12), ("déc", 12),
    ];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = WhiteSpace().Replace(value.Trim(), " ");
        return Rfc822(text) ?? AscTime(text) ?? Iso(text) ?? Loose(text);
    }

    private static DateTimeOffset? Rfc822(string text)
    {
        var m = Rfc822Form().Match(text);
        if (!m.Success || MonthOf(m.Groups["month"].Value) is not { } month || Zone(m.Groups["zone"].Value) is not { } zone)
            return null;
        return Build(Year(m.Groups["year"].Value), month, Int(m.Groups["day"]), Int(m.Groups["hour"]), Int(m.Groups["minute"]), Int(m.Groups["second"]), zone, strictDay: true);
    }

    private static DateTimeOffset? AscTime(string text)
    {
        var m = AscTimeForm().Match(text);
        if (!m.Success || MonthOf(m.Groups["month"].Value) is not { } month || Zone(m.Groups["zone"].Value) is not { } zone)
            return null;
        return Build(Year(m.Groups["year"].Value), month, Int(m.Groups["day"]), Int(m.Groups["hour"]), Int(m.Groups["minute"]), Int(m.Groups["second"]), zone, strictDay: true);
    }

    private static DateTimeOffset? Iso(string text)
    {
        var m = IsoForm().Match(text);
        if (!m.Success)
            return null;
        var date = m.Groups["date"].Value;
        int year, month = 1, day = 1;
        if (OrdinalDate().Match(date) is { Success: true } ordinal)
        {
            year = Year(ordinal.Groups[1].Value);
            var dayOfYear = int.Parse(ordinal.Groups[2].Value, CultureInfo.InvariantCulture);
            if (dayOfYear is < 1 or > 366)
                return null;
            day = dayOfYear;
        }
        else if (CalendarDate().Match(date) is { Success: true } calendar)
        {
            year = Year(calendar.Groups["year"].Value);
            month = calendar.Groups["month"].Success ? int.Parse(calendar.Groups["month"].Value, CultureInfo.InvariantCulture) : 1;
            day = calendar.Groups["day"].Success ? int.Parse(calendar.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        }
        else
        {
            return null;
        }

        if (month is < 1 or > 12 || day < 1)
            return null;
        var zone = m.Groups["zone"].Success ? Zone(m.Groups["zone"].Value) : TimeSpan.Zero;
        return zone is null ? null : Build(year, month, day, Int(m.Groups["hour"]), Int(m.Groups["minute"]), Int(m.Groups["second"]), zone.Value, strictDay: false);
    }

    private static DateTimeOffset? Loose(string text)
    {
        // A weekday in any language, wrong or right, says nothing the date does not.
        var trimmed = LeadingWeekday().Replace(text, "");
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("fr-FR") })
        {
            if (DateTimeOffset.TryParse(trimmed, culture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
                return date;
        }

        return null;
    }

    // Past-range fields carry over as feedparser's do (31 June is 1 July, 25:14 is the next day's 01:14); a day past
    // 31 in a written date is a mistake, not a carry.
    private static DateTimeOffset? Build(int year, int month, int day, int hour, int minute, int second, TimeSpan zone, bool strictDay)
    {
        if (year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || (strictDay && day > 31) || hour > 99 || minute > 99 || second > 99)
            return null;
        return new DateTimeOffset(year, month, 1, 0, 0, 0, zone).AddDays(day - 1).AddHours(hour).AddMinutes(minute).AddSeconds(second);
    }

    private static int? MonthOf(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        foreach (var (prefix, month) in Months)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
                return month;
        }

        return null;
    }

    private static TimeSpan? Zone(string zone)
    {
        if (zone.Length == 0)
            return TimeSpan.Zero;
        if (ZoneHours.TryGetValue(zone, out var hours))
            return TimeSpan.FromHours(hours);
        if (NumericZone().Match(zone) is { Success: true } numeric)
        {
            var offset = new TimeSpan(int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups[3].Value, CultureInfo.InvariantCulture), 0);
            return numeric.Groups[1].Value == "-" ? -offset : offset;
        }

        return null;
    }

    // Two-digit years as RFC 822 wrote them: 04 is 2004, 97 is 1997.
    private static int Year(string digits)
    {
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length > 2 ? year : year < 50 ? 2000 + year : 1900 + year;
    }

    private static int Int(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex("^(?:[^\\d\\s,]{2,12},? ?)?(?<day>\\d{1,2})[ -](?<month>\\p{L}{3,9}\\.?)[ -](?<year>\\d{2}|\\d{4})(?: (?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?)? ?(?<zone>[A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?$")]
    private static partial Regex Rfc822Form();

    [GeneratedRegex("^(?:\\p{L}{3,9},? )?(?<month>\\p{L}{3,9}) (?<day>\\d{1,2}) (?<hour>\\d{1,2}):(?<minute>\\d{2}):(?<second>\\d{2})(?: (?<zone>[A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))? (?<year>\\d{4})$")]
    private static partial Regex AscTimeForm();

    [GeneratedRegex("^(?<date>-?\\d{2,8}|\\d{4}-\\d{2,3}|-?\\d{2}-\\d{2}(?:-\\d{2})?|\\d{4}-\\d{2}-\\d{2})(?:[T ](?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d+)?)?)? ?(?<zone>Z|[A-Za-z]{2,5}|[+-]\\d{2}:?\\d{2})?$")]
    private static partial Regex IsoForm();

    // 2003-335, 2003335, 03335.
    [GeneratedRegex("^(\\d{4}|\\d{2})-?(\\d{3})$")]
    private static partial Regex OrdinalDate();

    // 2003, 2003-12, 2003-12-31, 20031231, 031231, -03-12, -0312, -03-12-31.
    [GeneratedRegex("^(?:(?<year>\\d{2})(?<month>\\d{2})(?<day>\\d{2})|(?<year>\\d{4})(?:-?(?<month>\\d{2})(?:-?(?<day>\\d{2}))?)?|-(?<year>\\d{2})-?(?<month>\\d{2})(?:-?(?<day>\\d{2}))?)$")]
    private static partial Regex CalendarDate();

    [GeneratedRegex("^([+-])(\\d{2}):?(\\d{2})$")]
    private static partial Regex NumericZone();

    [GeneratedRegex("^[^\\d\\s,]{2,12}\\.?,\\s*")]
    private static partial Regex LeadingWeekday();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
