namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

internal enum MarkupTokenKind
{
    Text,
    StartTag,
    EndTag,
}

/// <summary>One piece of a page's markup: a run of text, or a tag with its lower-case name.</summary>
internal readonly record struct MarkupToken(MarkupTokenKind Kind, string? Name, int Start, int Length, bool SelfClosing);

/// <summary>
/// A forgiving, single-pass reading of HTML into text runs and tags, with no tree and no recursion: its cost is one
/// look at each character whatever the page's shape, so it can size up any page before a parser that builds a tree
/// (and recurses over it) is let near it. Comments, doctypes and the insides of script-like elements are skipped.
/// </summary>
internal static class MarkupTokens
{
    // Their content is not markup: a « < » inside a script opens no element.
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "noscript", "template", "iframe", "noembed", "noframes", "plaintext" };

    public static IEnumerable<MarkupToken> Read(string html)
    {
        var i = 0;
        var textStart = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
                break;
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                if (lt > textStart)
                    yield return new MarkupToken(MarkupTokenKind.Text, null, textStart, lt - textStart, false);
                i = SkipDeclaration(html, lt);
                textStart = i;
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // « a < b » in text: not a tag.
                i = lt + 1;
                continue;
            }

            if (lt > textStart)
                yield return new MarkupToken(MarkupTokenKind.Text, null, textStart, lt - textStart, false);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
                nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = EndOfTag(html, nameEnd);
            var selfClosing = tagEnd > 1 && html[tagEnd - 1] == '>' && html[tagEnd - 2] == '/';
            yield return new MarkupToken(closing ? MarkupTokenKind.EndTag : MarkupTokenKind.StartTag, name, lt, tagEnd - lt, selfClosing);
            i = tagEnd;
            textStart = i;

            if (!closing && !selfClosing && RawTextElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var contentEnd = close < 0 ? html.Length : close;
                // Only a title's text is wanted: the others' is code or a fallback the page does not show.
                if (name == "title" && contentEnd > i)
                    yield return new MarkupToken(MarkupTokenKind.Text, name, i, contentEnd - i, false);
                if (close < 0)
                {
                    textStart = i = html.Length;
                    yield break;
                }

                var closeEnd = EndOfTag(html, close + 2 + name.Length);
                yield return new MarkupToken(MarkupTokenKind.EndTag, name, close, closeEnd - close, false);
                textStart = i = closeEnd;
            }
        }

        if (html.Length > textStart)
            yield return new MarkupToken(MarkupTokenKind.Text, null, textStart, html.Length - textStart, false);
    }

    private static bool IsNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    // Quoted attribute values may hold « > ».
    private static int EndOfTag(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                    quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        if (string.CompareOrdinal(html, lt, "<![CDATA[", 0, 9) == 0)
        {
            var end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var close = html.IndexOf('>', lt);
        return close < 0 ? html.Length : close + 1;
    }
}
