using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>The fields JSONL objects and CSV columns carry, and how their values are read.</summary>
internal static partial class BatchFields
{
    public const string Url = "url";
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Published = "published";
    public const string Text = "text";
    public const string Html = "html";

    /// <summary>The first year a batch's article may be dated; the last is next year.</summary>
    public const int FirstYear = 1990;

    /// <summary>
    /// A day from ISO 8601 (<c>2025-06-23</c>, or a date-time such as <c>2025-06-23T07:31:00Z</c>), else read day first
    /// (<c>23/06/2025</c>, <c>23.06.2025</c>, <c>23-06-2025</c>, <c>23 juin 2025</c>, <c>lundi 23 juin 2025</c>,
    /// <c>1er juil. 2025</c>), never month first; a year before <see cref="FirstYear"/> or after
    /// <paramref name="latestYear"/> is refused. Null with a reason otherwise.
    /// </summary>
    public static bool TryReadPublished(string? value, int latestYear, out DateOnly? published, out string? error)
    {
        published = null;
        error = null;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        var trimmed = value.Trim();
        var day = ReadDay(trimmed);
        if (day is null)
        {
            error = ImportReasons.NotADate.Format(Shorten(trimmed));
            return false;
        }

        if (day.Value.Year < FirstYear || day.Value.Year > latestYear)
        {
            error = ImportReasons.YearOutOfRange.Format(Shorten(trimmed), day.Value.Year, FirstYear, latestYear);
            return false;
        }

        published = day;
        return true;
    }

    private static DateOnly? ReadDay(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return iso;
        if (IsoDateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return DateOnly.FromDateTime(moment.UtcDateTime);
        if (DayFirst().Match(value) is { Success: true } numeric)
            return Day(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value);
        if (FrenchWords().Match(value) is { Success: true } words && FrenchMonth(words.Groups["m"].Value) is { } month)
            return Day(words.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), words.Groups["d"].Value);
        return null;
    }

    private static DateOnly? Day(string year, string month, string day) =>
        DateOnly.TryParseExact($"{year}-{int.Parse(month, CultureInfo.InvariantCulture):00}-{int.Parse(day, CultureInfo.InvariantCulture):00}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;

    private static int? FrenchMonth(string word)
    {
        var folded = new string(word.ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        return folded switch
        {
            "janvier" or "janv" => 1,
            "fevrier" or "fevr" or "fev" => 2,
            "mars" => 3,
            "avril" or "avr" => 4,
            "mai" => 5,
            "juin" => 6,
            "juillet" or "juil" => 7,
            "aout" => 8,
            "septembre" or "sept" => 9,
            "octobre" or "oct" => 10,
            "novembre" or "nov" => 11,
            "decembre" or "dec" => 12,
            _ => null,
        };
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^(?<d>\d{1,2})([/.\-])(?<m>\d{1,2})\1(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?<d>\d{1,2})(?:er)?\s+(?<m>\p{L}+)\.?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FrenchWords();

    /// <summary>An article when it has text or HTML; the reason otherwise.</summary>
    public static BatchItem ToItem(int position, string reference, int latestYear, string? url, string? title, string? outlet, string? published, string? text, string? html)
    {
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
            return BatchItem.Rejected(position, reference, ImportReasons.NoTextNoHtml.Format());
        if (!TryReadPublished(published, latestYear, out var day, out var error))
            return BatchItem.Rejected(position, reference, error!);
        return new BatchItem(position, reference, new BatchArticle(NullIfBlank(url), NullIfBlank(title), NullIfBlank(outlet), day, NullIfBlank(text), NullIfBlank(html)), null);
    }

    public static string Shorten(string value) => Shorten(value, 60);

    public static string Shorten(string value, int max) => value.Length <= max ? value : value[..(max - 1)] + "…";

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
