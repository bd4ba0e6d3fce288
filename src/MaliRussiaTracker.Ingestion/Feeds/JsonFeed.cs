using System.Text.Json;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>JSON Feed 1.0 and 1.1 (jsonfeed.org): items with url, title, content_html or content_text, summary, dates and authors.</summary>
internal static class JsonFeed
{
    public static (string? Title, IReadOnlyList<FeedEntry> Entries) Parse(string json, Uri feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new NotAFeedException($"it starts as JSON but is not valid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version || !version.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase))
                throw new NotAFeedException("a JSON document without a JSON Feed \"version\" (https://jsonfeed.org/version/1.1).");
            if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                throw new NotAFeedException("a JSON Feed without an \"items\" array.");

            var entries = new List<FeedEntry>();
            foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                var link = FeedParser.Absolute(String(item, "url") ?? String(item, "external_url"), feedUrl);
                var id = String(item, "id") ?? link?.AbsoluteUri;
                if (id is null)
                    continue;
                var text = String(item, "content_text");
                entries.Add(new FeedEntry(
                    id,
                    link,
                    FeedParser.HtmlToText(String(item, "title")),
                    FeedDates.Parse(String(item, "date_published") ?? String(item, "date_modified")),
                    Author(item) ?? Author(root),
                    String(item, "summary") is { } summary ? System.Net.WebUtility.HtmlEncode(summary) : null,
                    String(item, "content_html") ?? (text is null ? null : System.Net.WebUtility.HtmlEncode(text))));
            }

            if (entries.Count == 0 && items.GetArrayLength() > 0)
                throw new NotAFeedException($"a JSON Feed with {items.GetArrayLength()} item(s), none with an id or a url.");
            return (String(root, "title"), entries);
        }
    }

    // 1.1's "authors" array, 1.0's "author" object.
    private static string? Author(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name)
                    return name;
            }
        }

        return element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? String(single, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text.Trim() : null;
}
