using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace MaliRussiaTracker.Ingestion.Pages;

/// <summary>
/// Finds a page's article with SmartReader (Mozilla Readability's port) and reads its metadata from the markup.
/// Works on the HTML string only: neither parser is given a loader, so nothing is fetched (no stylesheet, no image).
/// </summary>
public sealed partial class HtmlArticleExtractor
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul",
    };

    private static readonly HashSet<string> SkippedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "select", "textarea", "iframe",
    };

    private static readonly string[] PublishedMetaSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='DC.date.issued']", "meta[name='dcterms.created']", "meta[name='date']",
    ];

    public ExtractedArticle Extract(string html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var article = Readability(html, pageUrl);

        var text = article is { TextContent.Length: > 0 }
            ? ToText(new HtmlParser().ParseDocument(article.Content).Body)
            : "";
        if (text.Length == 0)
            // Readability found nothing it trusts (a very short brief, say): the body's text loses nothing.
            text = ToText(document.Body);

        return new ExtractedArticle(
            text,
            FirstOf(article?.Title, Meta(document, "meta[property='og:title']"), document.Title),
            PublishedOf(document) ?? (article?.PublicationDate is { Year: > 1 } fromReader ? new DateTimeOffset(DateTime.SpecifyKind(fromReader, DateTimeKind.Utc)) : null),
            FirstOf(article?.Author, article?.Byline, Meta(document, "meta[name='author']")),
            FirstOf(Meta(document, "meta[property='og:site_name']"), PublisherOf(document), article?.SiteName, Meta(document, "meta[name='application-name']")),
            FirstOf(document.DocumentElement.GetAttribute("lang"), article?.Language));
    }

    private static Article? Readability(string html, Uri pageUrl)
    {
        try
        {
            return new Reader(pageUrl.AbsoluteUri, html).GetArticle();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug on one odd page must not lose the page: the caller falls back to the body's text.
            return null;
        }
    }

    /// <summary>The text of a tree, a line per block (paragraph, heading, list item), white space folded inside lines.</summary>
    internal static string ToText(INode? root)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        if (root is not null)
            Walk(root);
        EndLine();
        return string.Join('\n', lines);

        // By hand, not by recursion: a page's depth must never become the stack's.
        void Walk(INode top)
        {
            var pending = new Stack<(INode Node, bool Closing)>();
            PushChildren(top);
            while (pending.TryPop(out var item))
            {
                if (item.Closing)
                {
                    EndLine();
                    continue;
                }

                if (item.Node is IText textNode)
                {
                    line.Append(AsciiWhiteSpace().Replace(textNode.Data, " "));
                }
                else if (item.Node is IElement element && !SkippedElements.Contains(element.LocalName))
                {
                    if (element.LocalName == "br")
                    {
                        EndLine();
                        continue;
                    }

                    var block = BlockElements.Contains(element.LocalName);
                    if (block)
                    {
                        EndLine();
                        pending.Push((element, true));
                    }

                    PushChildren(element);
                }
            }

            void PushChildren(INode node)
            {
                for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                    pending.Push((node.ChildNodes[i], false));
            }
        }

        void EndLine()
        {
            // Only ASCII spaces fold: the non-breaking spaces of French typography (« », ; : ! ?) stay for the engine.
            var done = AsciiWhiteSpace().Replace(line.ToString(), " ").Trim(' ');
            if (done.Length > 0)
                lines.Add(done);
            line.Clear();
        }
    }

    private static DateTimeOffset? PublishedOf(IDocument document)
    {
        foreach (var selector in PublishedMetaSelectors)
        {
            if (ParseDate(Meta(document, selector)) is { } fromMeta)
                return fromMeta;
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (ParseDate(DatePublishedInJsonLd(script.TextContent)) is { } fromJsonLd)
                return fromJsonLd;
        }

        var time = document.QuerySelector("article time[datetime]") ?? document.QuerySelector("time[pubdate][datetime]") ?? document.QuerySelector("time[datetime]");
        return ParseDate(time?.GetAttribute("datetime"));
    }

    // The JSON-LD publisher's name (« "publisher": {"@type": "Organization", "name": "RFI"} »): what a page that
    // prints no og:site_name says of who put it out.
    private static string? PublisherOf(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (FindInJsonLd(script.TextContent, element =>
                    element.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object
                    && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null) is { Length: > 0 } found)
                return found;
        }

        return null;
    }

    private static string? DatePublishedInJsonLd(string json) =>
        FindInJsonLd(json, element => element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String ? date.GetString() : null);

    private static string? FindInJsonLd(string json, Func<JsonElement, string?> read)
    {
        try
        {
            // Many CMSs wrap their JSON-LD in a CDATA section, commented out or not, for old XHTML validators.
            json = CdataWrapper().Replace(json, "");
            using var parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(parsed.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }

        // Depth first, so a NewsArticle inside @graph or an array is found as well as a top-level one.
        string? Find(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    if (read(element) is { } value)
                        return value;
                    foreach (var property in element.EnumerateObject())
                    {
                        if (Find(property.Value) is { } found)
                            return found;
                    }

                    return null;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (Find(item) is { } found)
                            return found;
                    }

                    return null;
                default:
                    return null;
            }
        }
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        !string.IsNullOrWhiteSpace(value) && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static string? Meta(IDocument document, string selector) => document.QuerySelector(selector)?.GetAttribute("content");

    private static string? FirstOf(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));

    [GeneratedRegex("^\\s*(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?\\]\\]>\\s*$")]
    private static partial Regex CdataWrapper();

    [GeneratedRegex("[ \t\r\n\f]+")]
    private static partial Regex AsciiWhiteSpace();
}
