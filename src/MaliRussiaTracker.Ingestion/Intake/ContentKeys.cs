using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>The two keys of an exact duplicate: the text's hash and the canonical URL.</summary>
public static class ContentKeys
{
    private static readonly string[] TrackingParameters = ["fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ref"];

    /// <summary>
    /// SHA-256 of the text in Unicode NFC with every run of white space folded to one space: the same article
    /// re-encoded or re-wrapped by another feed hashes the same.
    /// </summary>
    public static string HashText(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormC);
        var folded = new StringBuilder(normalised.Length);
        var inSpace = true;
        foreach (var c in normalised)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                    folded.Append(' ');
                inSpace = true;
            }
            else
            {
                folded.Append(c);
                inSpace = false;
            }
        }

        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString().TrimEnd()));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>
    /// The URL a person would call the same page: scheme and host in lower case, no fragment, no tracking
    /// parameters, no trailing slash. Null for what is not an absolute http(s) URL.
    /// </summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;

        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];
        return $"{uri.Scheme}://{host}{port}{path}{(query.Count > 0 ? "?" + string.Join('&', query) : "")}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
}
