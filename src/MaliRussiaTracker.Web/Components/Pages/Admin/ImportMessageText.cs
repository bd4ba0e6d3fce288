using System.Globalization;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Ingestion.Reasons;
using MaliRussiaTracker.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MaliRussiaTracker.Web.Components.Pages.Admin;

/// <summary>
/// An import's stored message (an item's reason or reference, a batch's error) in the page's language: read back into
/// the template that wrote it, then said with that template's words from the resources. A message no template wrote
/// (an older batch's) is shown as stored.
/// </summary>
internal static partial class ImportMessageText
{
    public static string? Say(IStringLocalizer<Strings> words, string? message)
    {
        if (string.IsNullOrEmpty(message))
            return message;
        if (SayOne(words, message) is { } said)
            return said;
        // A JSON line with several fields of the wrong type lists them all.
        var parts = message.Split("; ");
        var each = parts.Length > 1 ? parts.Select(p => SayOne(words, p)).ToList() : [];
        return each.Count > 0 && each.All(p => p is not null) ? string.Join(" ; ", each) : message;
    }

    private static string? SayOne(IStringLocalizer<Strings> words, string message)
    {
        if (ImportReasons.Read(message) is not var (template, arguments))
            return null;
        var text = words[$"ImportReason.{template.Key}"];
        return text.ResourceNotFound ? null : string.Format(CultureInfo.CurrentCulture, text.Value, [.. arguments.Select(InCulture)]);
    }

    // A count the template wrote with the invariant culture's thousands (« 3,021 ») is written the page's way (« 3 021 »).
    private static object InCulture(string argument) =>
        GroupedNumber().IsMatch(argument) ? long.Parse(argument, NumberStyles.AllowThousands, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.CurrentCulture) : argument;

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedNumber();
}
