using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>A document that is not a feed, or a feed none of whose items could be read.</summary>
internal sealed class NotAFeedException(string message) : Exception(message);

/// <summary>
/// Reads Atom 1.0 and 0.3, RSS 2.0 and its 0.9x elders, RSS 1.0 and 0.90 (RDF), and JSON Feed by hand, matching
/// elements by local name within the formats' known namespaces: the formats' real-world looseness (dates in any shape,
/// links only in guid, HTML entities, HTML in titles, documents cut short) is easier to forgive here than in a strict
/// library.
/// </summary>
internal static partial class FeedParser
{
    // Atom 1.0, 0.3, none, and the names Atom had before 0.3 (feedparser reads them too).
    private static readonly HashSet<string> AtomNamespaces =
    [
        "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#", "", "http://example.com/newformat#", "http://example.com/necho", "http://purl.org/echo/", "http://purl.org/pie/",
    ];
    // Atom 1.0's published and updated, Atom 0.3's issued, created and modified, the publication first.
    private static readonly string[] AtomDates = ["published", "issued", "created", "updated", "modified"];
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
        // Decoded to text first, by the engine's decoder (the bytes' evidence before the labels), so the XML reader
        // never guesses; what comes before the document (a byte-order mark, blank lines: a PHP habit) goes.
        var text = TextDecoder.DecodeDeclared(body, headerCharset).Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
            return JsonFeed.Parse(text, feedUrl);

        var root = Load(text).Root ?? throw new NotAFeedException("the document is empty.");
        var (title, entries) = Read(root, feedUrl);
        var items = root.Descendants().Count(e => e.Name.LocalName is "item" or "entry");
        if (entries.Count == 0 && items > 0)
            throw new NotAFeedException($"it holds {items} <item> or <entry> element(s), but none where its format (<{root.Name.LocalName}> in {Namespace(root)}) puts them.");
        return (title, entries);
    }

    private static (string? Title, IReadOnlyList<FeedEntry> Entries) Read(XElement root, Uri feedUrl)
    {
        switch (root.Name.LocalName)
        {
            case "feed" when AtomNamespaces.Contains(root.Name.NamespaceName):
                var atom = root.Name.Namespace;
                return (AtomText(root.Element(atom + "title")), [.. root.Elements(atom + "entry").Select(e => AtomEntry(e, atom, feedUrl))]);
            case "rss":
                // An <rss> without a <channel> is an empty feed, not another kind of document.
                var channel = Child(root, "channel");
                // Some feeds put their items beside the channel rather than in it.
                return (RssTitle(channel) ?? RssTitle(root), [.. Children(channel, "item").Concat(Children(root, "item")).Select(i => RssItem(i, feedUrl))]);
            case "RDF":
                // RSS 1.0 and 0.90 differ by their namespace only (not the root's, RDF's): their items sit beside the channel.
                var rdfChannel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
                var rdfItems = root.Elements().Where(e => e.Name.LocalName == "item" && e.Name.Namespace != root.Name.Namespace);
                return (RssTitle(rdfChannel), [.. rdfItems.Concat(Children(rdfChannel, "item")).Select(i => RssItem(i, feedUrl))]);
            default:
                throw new NotAFeedException($"its root element is <{root.Name.LocalName}> in {Namespace(root)}; a feed's is <rss>, <rdf:RDF> or <feed> (Atom), or a JSON Feed object.");
        }
    }

    private static XDocument Load(string text)
    {
        // The declaration may name an encoding the text is no longer in; entities HTML knows and XML does not
        // (&eacute;, &nbsp;, &rsquo;) become characters.
        text = XmlDeclaration().Replace(text, "$1", 1);
        text = FeedRepairs.EscapeStrayAmpersands(FeedRepairs.MapHtmlEntities(text));
        try
        {
            return Parse(text);
        }
        catch (XmlException) when (FeedRepairs.CutShort(text) is { } complete)
        {
            // A document cut short (a timeout upstream, a full disk) keeps the items it holds whole.
            return Parse(complete);
        }

        static XDocument Parse(string xml)
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            return XDocument.Load(reader);
        }
    }

    private static FeedEntry RssItem(XElement item, Uri feedUrl)
    {
        var guid = Child(item, "guid");
        var link = Absolute(Child(item, "link")?.Value, feedUrl)
            ?? (guid?.Attribute("isPermaLink")?.Value is not "false" ? Absolute(guid?.Value, feedUrl) : null);
        return new FeedEntry(
            IdOf(guid?.Value ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value, link, item),
            link,
            RssTitle(item),
            FeedDates.Parse(Child(item, "pubDate")?.Value ?? item.Element(DublinCore + "date")?.Value),
            Text(item.Element(DublinCore + "creator")) ?? Text(Child(item, "author")),
            Html(Child(item, "description")),
            Html(item.Element(ContentModule + "encoded")));
    }

    private static FeedEntry AtomEntry(XElement entry, XNamespace atom, Uri feedUrl)
    {
        var links = entry.Elements(atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && (string?)l.Attribute("type") is null or "text/html")
            ?? links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        var link = Absolute((string?)alternate?.Attribute("href"), feedUrl);
        var date = AtomDates.Select(n => entry.Element(atom + n)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
            ?? entry.Element(DublinCore + "date")?.Value;
        return new FeedEntry(
            IdOf(entry.Element(atom + "id")?.Value, link, entry),
            link,
            AtomText(entry.Element(atom + "title")) ?? Text(entry.Element(DublinCore + "title")),
            FeedDates.Parse(date),
            Text(entry.Element(atom + "author")?.Element(atom + "name")) ?? Text(entry.Element(DublinCore + "creator")),
            AtomHtml(entry.Element(atom + "summary")),
            AtomHtml(entry.Element(atom + "content")));
    }

    // An item's or channel's title: RSS's own, else Dublin Core's.
    private static string? RssTitle(XElement? element) => element is null ? null : Text(Child(element, "title")) ?? Text(element.Element(DublinCore + "title"));

    // RSS 2.0 has no namespace, 1.0 and 0.90 their own: an item's elements are found in its own namespace or none.
    private static XElement? Child(XElement? parent, string localName) => Children(parent, localName).FirstOrDefault();

    private static IEnumerable<XElement> Children(XElement? parent, string localName) => parent is null
        ? []
        : parent.Elements().Where(e => e.Name.LocalName == localName && (e.Name.Namespace == parent.Name.Namespace || e.Name.Namespace == XNamespace.None));

    private static string Namespace(XElement element) => element.Name.NamespaceName is { Length: > 0 } ns ? $"the namespace {ns}" : "no namespace";

    private static string IdOf(string? declared, Uri? link, XElement item) =>
        !string.IsNullOrWhiteSpace(declared) ? declared.Trim()
        : link?.AbsoluteUri ?? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.ToString(SaveOptions.DisableFormatting))));

    internal static Uri? Absolute(string? href, Uri feedUrl) =>
        Uri.TryCreate(feedUrl, href?.Trim() ?? "", out var url) && !string.IsNullOrWhiteSpace(href) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;

    /// <summary>A title or a name as plain text: RSS puts escaped HTML and entities in them.</summary>
    internal static string? Text(XElement? element) => element is null ? null : HtmlToText(element.Value);

    internal static string? HtmlToText(string? html)
    {
        if (html is null)
            return null;
        // Line-breaking tags become spaces, inline ones (« l’<em>uranium</em> ») nothing.
        var text = WebUtility.HtmlDecode(Tag().Replace(BreakingTag().Replace(html, " "), ""));
        text = WhiteSpace().Replace(text, " ").Trim();
        return text.Length > 0 ? text : null;
    }

    // Atom says what its text constructs hold: a "text" title is text, and « <b> » in it is two words, not a tag.
    private static string? AtomText(XElement? element)
    {
        if (element is null)
            return null;
        if ((string?)element.Attribute("type") is "html" or "text/html" || (string?)element.Attribute("mode") == "escaped")
            return Text(element);
        var text = WhiteSpace().Replace(element.Value, " ").Trim();
        return text.Length > 0 ? text : null;
    }

    private static string? Html(XElement? element) => string.IsNullOrWhiteSpace(element?.Value) ? null : element.Value.Trim();

    private static string? AtomHtml(XElement? element)
    {
        if (element is null)
            return null;
        if ((string?)element.Attribute("mode") == "base64")
            return null;
        return (string?)element.Attribute("type") switch
        {
            "xhtml" or "application/xhtml+xml" => string.Concat((element.Elements().FirstOrDefault() ?? element).Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim() is { Length: > 0 } markup ? markup : null,
            "html" or "text/html" => Html(element),
            // Atom 0.3 wrote escaped HTML under mode="escaped", often without a type.
            _ when (string?)element.Attribute("mode") == "escaped" => Html(element),
            _ => string.IsNullOrWhiteSpace(element.Value) ? null : WebUtility.HtmlEncode(element.Value.Trim()),
        };
    }

    /// <summary>A feed's date, in any of the forms <see cref="FeedDates"/> reads.</summary>
    internal static DateTimeOffset? ParseDate(string? value) => FeedDates.Parse(value);

    // Where it is, after comments too (a misplaced declaration is an error to the XML reader).
    [GeneratedRegex("^(\\s*(?:<!--.*?-->\\s*)*)<\\?xml[^>]*\\?>", RegexOptions.Singleline)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<(br|/?p|/?div|/?li|/?h[1-6])\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakingTag();

    // ASCII only: the non-breaking spaces of French typography (« », ; : ! ?) stay for the engine.
    [GeneratedRegex("[ \\t\\r\\n\\f]+")]
    private static partial Regex WhiteSpace();
}
