using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>A well-formed XML document that is neither RSS nor Atom.</summary>
internal sealed class NotAFeedException(string message) : Exception(message);

/// <summary>
/// Reads RSS 2.0 (and its 0.9x elders), RSS 1.0 (RDF) and Atom 1.0 by hand: the formats' real-world looseness
/// (dates in any shape, links only in guid, HTML in titles) is easier to forgive here than in a strict library.
/// </summary>
internal static partial class FeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    // No DTD is read and nothing is resolved: a feed cannot make us open a file or another URL (XXE), nor expand
    // entities into gigabytes. Control characters that break strict parsers are let through.
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static (string? Title, IReadOnlyList<FeedEntry> Entries) Parse(byte[] body, string? headerCharset, Uri feedUrl)
    {
        var root = Load(body, headerCharset).Root ?? throw new NotAFeedException("the document is empty.");
        if (root.Name == Atom + "feed")
            return (Text(root.Element(Atom + "title")), root.Elements(Atom + "entry").Select(e => AtomEntry(e, feedUrl)).ToList());

        if (root.Name.LocalName == "rss")
        {
            var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")
                ?? throw new NotAFeedException("an <rss> document without a <channel>.");
            return (Text(channel.Element(channel.Name.Namespace + "title")), channel.Elements(channel.Name.Namespace + "item").Select(i => RssItem(i, feedUrl)).ToList());
        }

        if (root.Name.LocalName == "RDF")
            return (Text(root.Element(Rss10 + "channel")?.Element(Rss10 + "title")), root.Elements(Rss10 + "item").Select(i => RssItem(i, feedUrl)).ToList());

        throw new NotAFeedException($"its root element is <{root.Name.LocalName}>, where RSS has <rss> and Atom <feed>.");
    }

    private static XDocument Load(byte[] body, string? headerCharset)
    {
        // Decoded to text first, by the engine's decoder (the bytes' evidence before the labels), so the XML reader
        // never guesses; the declaration, which may name another encoding, goes, and with it what comes before it
        // (a byte-order mark, blank lines: a PHP habit).
        var text = TextDecoder.DecodeDeclared(body, headerCharset).Text;
        text = XmlDeclaration().Replace(text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'), "", 1);
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return XDocument.Load(reader);
    }

    private static FeedEntry RssItem(XElement item, Uri feedUrl)
    {
        var ns = item.Name.Namespace;
        var guid = item.Element(ns + "guid");
        var link = Absolute(item.Element(ns + "link")?.Value, feedUrl)
            ?? (guid?.Attribute("isPermaLink")?.Value is not "false" ? Absolute(guid?.Value, feedUrl) : null);
        return new FeedEntry(
            IdOf(guid?.Value, link, item),
            link,
            Text(item.Element(ns + "title")),
            ParseDate(item.Element(ns + "pubDate")?.Value ?? item.Element(DublinCore + "date")?.Value),
            Text(item.Element(DublinCore + "creator")) ?? Text(item.Element(ns + "author")),
            Html(item.Element(ns + "description")),
            Html(item.Element(ContentModule + "encoded")));
    }

    private static FeedEntry AtomEntry(XElement entry, Uri feedUrl)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && (string?)l.Attribute("type") is null or "text/html")
            ?? links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        var link = Absolute((string?)alternate?.Attribute("href"), feedUrl);
        return new FeedEntry(
            IdOf(entry.Element(Atom + "id")?.Value, link, entry),
            link,
            Text(entry.Element(Atom + "title")),
            ParseDate(entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value),
            Text(entry.Element(Atom + "author")?.Element(Atom + "name")),
            AtomHtml(entry.Element(Atom + "summary")),
            AtomHtml(entry.Element(Atom + "content")));
    }

    private static string IdOf(string? declared, Uri? link, XElement item) =>
        !string.IsNullOrWhiteSpace(declared) ? declared.Trim()
        : link?.AbsoluteUri ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.ToString(SaveOptions.DisableFormatting))));

    private static Uri? Absolute(string? href, Uri feedUrl) =>
        Uri.TryCreate(feedUrl, href?.Trim() ?? "", out var url) && !string.IsNullOrWhiteSpace(href) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;

    /// <summary>A title or a name as plain text: feeds put escaped HTML and entities in them.</summary>
    private static string? Text(XElement? element)
    {
        if (element is null)
            return null;
        // Line-breaking tags become spaces, inline ones (« l’<em>uranium</em> ») nothing.
        var text = WebUtility.HtmlDecode(Tag().Replace(BreakingTag().Replace(element.Value, " "), ""));
        text = WhiteSpace().Replace(text, " ").Trim();
        return text.Length > 0 ? text : null;
    }

    private static string? Html(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    private static string? AtomHtml(XElement? element)
    {
        if (element is null)
            return null;
        return (string?)element.Attribute("type") switch
        {
            "xhtml" => string.Concat((element.Elements().FirstOrDefault() ?? element).Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim() is { Length: > 0 } markup ? markup : null,
            "html" => Html(element),
            _ => string.IsNullOrWhiteSpace(element.Value) ? null : WebUtility.HtmlEncode(element.Value.Trim()),
        };
    }

    /// <summary>RFC 822 dates as feeds write them (named zones, wrong weekdays), ISO 8601, and French month names.</summary>
    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = WhiteSpace().Replace(value.Trim(), " ");
        // A wrong weekday ("Mon, 3 Apr 2025") fails a strict parse; the date itself is what counts.
        text = Weekday().Replace(text, "");
        text = NamedZone().Replace(text, m => ZoneOffsets[m.Value.ToUpperInvariant()]);
        text = NumericZone().Replace(text, "$1$2:$3");
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("fr-FR") })
        {
            if (DateTimeOffset.TryParse(text, culture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
                return date;
        }

        return null;
    }

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.Ordinal)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00",
    };

    [GeneratedRegex("^<\\?xml[^>]*\\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<(br|/?p|/?div|/?li|/?h[1-6])\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakingTag();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("^[A-Za-zéû]{2,9}\\.?,\\s*")]
    private static partial Regex Weekday();

    [GeneratedRegex("(?<=\\d{2}:\\d{2}(:\\d{2})? ?)(GMT|UTC|UT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CEST|CET)$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedZone();

    [GeneratedRegex("( )([+-]\\d{2})(\\d{2})$")]
    private static partial Regex NumericZone();
}
