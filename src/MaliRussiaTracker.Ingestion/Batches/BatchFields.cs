using System.Globalization;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>The fields JSONL objects and CSV columns carry, and how their values are read.</summary>
internal static class BatchFields
{
    public const string Url = "url";
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Published = "published";
    public const string Text = "text";
    public const string Html = "html";

    /// <summary>A day from ISO text (<c>2025-06-23</c>) or a date-time (<c>2025-06-23T07:31:00Z</c>); null with a reason otherwise.</summary>
    public static bool TryReadPublished(string? value, out DateOnly? published, out string? error)
    {
        published = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            published = day;
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            published = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }

        error = $"'{Shorten(trimmed)}' in {Published} is not a date (expected 2025-06-23 or an ISO date-time)";
        return false;
    }

    /// <summary>An article when it has text or HTML; the reason otherwise.</summary>
    public static BatchItem ToItem(int position, string reference, string? url, string? title, string? outlet, string? published, string? text, string? html)
    {
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
            return BatchItem.Rejected(position, reference, $"no {Text} and no {Html}: an article needs one of them");
        if (!TryReadPublished(published, out var day, out var error))
            return BatchItem.Rejected(position, reference, error!);
        return new BatchItem(position, reference, new BatchArticle(NullIfBlank(url), NullIfBlank(title), NullIfBlank(outlet), day, NullIfBlank(text), NullIfBlank(html)), null);
    }

    public static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
