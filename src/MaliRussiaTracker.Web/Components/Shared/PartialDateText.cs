using System.Globalization;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>A <see cref="PartialDate"/> as a French reader writes it, at its precision: « 3 avril 2025 », « avril 2025 », « 11–14 novembre 2025 ».</summary>
internal static class PartialDateText
{
    // Written out rather than taken from a culture: the same words whatever ICU data the host carries.
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string French(PartialDate date)
    {
        if (date.End is not { } end)
            return French(date.Start);
        var start = date.Start;
        if (start.Precision == DatePrecision.Day && end.Precision == DatePrecision.Day && start.Year == end.Year)
        {
            return start.Month == end.Month
                ? $"{Day(start.Day!.Value)}–{end.Day} {Months[end.Month!.Value - 1]} {end.Year}"
                : $"{Day(start.Day!.Value)} {Months[start.Month!.Value - 1]} – {French(end)}";
        }

        return start.Precision == DatePrecision.Year && end.Precision == DatePrecision.Year
            ? $"{start.Year}–{end.Year}"
            : $"{French(start)} – {French(end)}";
    }

    private static string French(DatePoint point) => point.Precision switch
    {
        DatePrecision.Day => $"{Day(point.Day!.Value)} {Months[point.Month!.Value - 1]} {point.Year}",
        DatePrecision.Month => $"{Months[point.Month!.Value - 1]} {point.Year}",
        _ => point.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static string Day(int day) => day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture);
}
