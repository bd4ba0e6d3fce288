using System.Globalization;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>
/// A <see cref="PartialDate"/> as a reader writes it, at its precision, in the interface's language:
/// « 3 avril 2025 », « avril 2025 », « 11–14 novembre 2025 »; « 3 April 2025 », « April 2025 », « 11–14 November 2025 ».
/// </summary>
internal static class PartialDateText
{
    // Written out rather than taken from a culture: the same words whatever ICU data the host carries.
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // The abbreviations each language's typography uses (juin and juillet must not both read « jui. »).
    private static readonly string[] FrenchShortMonths =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    private static readonly string[] EnglishShortMonths =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>In the current UI culture's language (English for English, French otherwise).</summary>
    public static string Of(PartialDate date) => Format(date, IsEnglish);

    /// <summary>A day, as <see cref="Of(PartialDate)"/> writes it.</summary>
    public static string Of(DateOnly day) => Of(PartialDate.OfDay(day));

    /// <summary>
    /// A moment as the admin pages show it, its day as <see cref="Of(DateOnly)"/> writes it and its time in UTC, the
    /// server's clock (« 3 avril 2025, 14:05 UTC », « 3 April 2025, 14:05 UTC »), not the ISO form of a log.
    /// </summary>
    public static string Moment(DateTimeOffset moment, bool seconds = false)
    {
        var utc = moment.UtcDateTime;
        return $"{Of(DateOnly.FromDateTime(utc))}, {utc.ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture)} UTC";
    }

    /// <summary>A month's heading (« avril 2025 »), or the year's where the month is 0.</summary>
    public static string Month(int year, int month) => Of(month == 0 ? PartialDate.OfYear(year) : PartialDate.OfMonth(year, month));

    /// <summary>A month's short name for a chart axis (« avr. », « Apr »).</summary>
    public static string ShortMonth(int month) => (IsEnglish ? EnglishShortMonths : FrenchShortMonths)[month - 1];

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    private static string Format(PartialDate date, bool english)
    {
        var months = english ? EnglishMonths : FrenchMonths;
        if (date.End is not { } end)
            return Point(date.Start, months, english);
        var start = date.Start;
        if (start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year)
        {
            return start.Month == end.Month
                ? $"{Day(start.Day!.Value, english)}–{end.Day} {months[end.Month!.Value - 1]} {end.Year}"
                : $"{Day(start.Day!.Value, english)} {months[start.Month!.Value - 1]} – {Point(end, months, english)}";
        }

        return start.Precision == DatePrecision.Year && end.Precision == DatePrecision.Year
            ? $"{start.Year}–{end.Year}"
            : $"{Point(start, months, english)} – {Point(end, months, english)}";
    }

    private static string Point(DatePoint point, string[] months, bool english) => point.Precision switch
    {
        DatePrecision.Day => $"{Day(point.Day!.Value, english)} {months[point.Month!.Value - 1]} {point.Year}",
        DatePrecision.Month => $"{months[point.Month!.Value - 1]} {point.Year}",
        _ => point.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static string Day(int day, bool english) => day == 1 && !english ? "1er" : day.ToString(CultureInfo.InvariantCulture);
}
