using System.Text;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// What the intake checks in a submission's fields before anything else: control characters (a NUL, which
/// PostgreSQL refuses in text) removed, http(s) URLs only, and the lengths the columns hold.
/// </summary>
public static class ArticleFields
{
    /// <summary>The submission cleaned, and a note of what was shortened; or why it cannot be stored.</summary>
    internal static (ArticleSubmission? Submission, string? Note, string? Rejection) Check(ArticleSubmission submission, FieldLimits limits)
    {
        var text = WithoutControlCharacters(submission.Text);
        if (string.IsNullOrWhiteSpace(text))
            return (null, null, ImportReasons.NoText.Format());
        var url = submission.Url is null ? null : submission.Url.Trim();
        if (url is not null)
        {
            if (url.Length > limits.MaxUrlLength)
                return (null, null, ImportReasons.UrlTooLong.Format(url.Length, limits.MaxUrlLength));
            if (!IsWebAddress(url))
                return (null, null, ImportReasons.NotWebAddress.Format(Shorten(url)));
        }

        var outlet = Clean(submission.Outlet);
        if (outlet is { Length: var outletLength } && outletLength > limits.MaxOutletLength)
            return (null, null, ImportReasons.OutletTooLong.Format(outletLength, limits.MaxOutletLength));
        var author = Clean(submission.Author);
        if (author is { Length: var authorLength } && authorLength > limits.MaxAuthorLength)
            return (null, null, ImportReasons.AuthorTooLong.Format(authorLength, limits.MaxAuthorLength));

        string? note = null;
        var title = Clean(submission.Title);
        if (title is { Length: var titleLength } && titleLength > limits.MaxTitleLength)
        {
            // Shortened where it would be cut, and marked so on the title itself.
            title = string.Concat(title.AsSpan(0, limits.MaxTitleLength - 1).TrimEnd(), "…");
            note = ImportReasons.TitleShortened.Format(titleLength, limits.MaxTitleLength);
        }

        var raw = submission.Raw is null ? null : WithoutControlCharacters(submission.Raw);
        return (submission with { Text = text, Url = url, Title = title, Outlet = outlet, Author = author, Raw = raw }, note, null);
    }

    /// <summary>An absolute http or https URL with a host, and nothing else (no javascript:, data:, file:).</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0 && !url.Any(char.IsControl);

    /// <summary>
    /// Without C0 control characters but tab, line feed and carriage return, without DEL, and with a lone surrogate
    /// (which UTF-8 cannot carry) replaced by U+FFFD.
    /// </summary>
    public static string WithoutControlCharacters(string value)
    {
        var clean = true;
        for (var i = 0; i < value.Length && clean; i++)
            clean = !IsRemoved(value[i]) && !IsLoneSurrogate(value, i);
        if (clean)
            return value;

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsRemoved(c))
                continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    private static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var clean = WithoutControlCharacters(value).Trim();
        return clean.Length == 0 ? null : clean;
    }

    private static bool IsRemoved(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c == '\u007F';

    private static bool IsLoneSurrogate(string value, int i) =>
        char.IsHighSurrogate(value[i]) ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
        : char.IsLowSurrogate(value[i]) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";
}
