using System.Net;
using System.Text;

namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

/// <summary>
/// The simple reading of a page too deep or too large for the article finder: every visible text, a line per block,
/// in one pass over the markup (no tree, no recursion). It keeps the navigation and footers the finder would drop;
/// the engine's furniture splitter still marks much of that.
/// </summary>
internal static class PlainTextReading
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "body",
    };

    // Content that is not shown, beside the raw-text elements the tokens already skip.
    private static readonly HashSet<string> HiddenElements = new(StringComparer.Ordinal) { "svg", "button", "select", "head", "math" };

    public static ExtractedArticle Read(string html)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        string? title = null;
        var hidden = 0;
        foreach (var token in MarkupTokens.Read(html))
        {
            switch (token.Kind)
            {
                case MarkupTokenKind.Text when token.Name == "title":
                    title ??= Fold(WebUtility.HtmlDecode(html.Substring(token.Start, token.Length))).Trim();
                    break;
                case MarkupTokenKind.Text when hidden == 0:
                    line.Append(WebUtility.HtmlDecode(html.Substring(token.Start, token.Length)));
                    break;
                case MarkupTokenKind.StartTag or MarkupTokenKind.EndTag when HiddenElements.Contains(token.Name!):
                    if (!token.SelfClosing)
                        hidden = Math.Max(0, hidden + (token.Kind == MarkupTokenKind.StartTag ? 1 : -1));
                    break;
                case MarkupTokenKind.StartTag or MarkupTokenKind.EndTag when BlockElements.Contains(token.Name!):
                    EndLine();
                    break;
            }
        }

        EndLine();
        return new ExtractedArticle(string.Join('\n', lines), string.IsNullOrEmpty(title) ? null : title, null, null, null, null);

        void EndLine()
        {
            var done = Fold(line.ToString()).Trim(' ');
            if (done.Length > 0)
                lines.Add(done);
            line.Clear();
        }
    }

    // Only ASCII white space folds: French typography's non-breaking spaces stay for the engine.
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                space = true;
                continue;
            }

            if (space && folded.Length > 0)
                folded.Append(' ');
            space = false;
            folded.Append(c);
        }

        if (space && folded.Length > 0)
            folded.Append(' ');
        return folded.ToString();
    }
}
