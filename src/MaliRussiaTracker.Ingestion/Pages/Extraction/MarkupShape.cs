namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

/// <summary>How deep a page's elements nest and how many there are, measured without building its tree.</summary>
internal readonly record struct MarkupShape(int Depth, int Elements)
{
    // Elements that never have content, so never nest.
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    // Elements whose end tag pages leave out: a new one closes the open one, as an HTML parser does.
    private static readonly HashSet<string> SelfEnding = new(StringComparer.Ordinal) { "p", "li", "dt", "dd", "option", "tr", "td", "th" };

    // How far down the open elements an end tag looks for its start; past it, the stray end tag is ignored. It keeps
    // the walk linear on a page of unclosed tags, where a parser's own search would be quadratic.
    private const int EndTagReach = 64;

    /// <summary>
    /// Measures <paramref name="html"/>; stops counting once <paramref name="stopAtDepth"/> or <paramref name="stopAtElements"/>
    /// is passed, since past a hard limit the exact figure changes nothing.
    /// </summary>
    public static MarkupShape Of(string html, int stopAtDepth = int.MaxValue, int stopAtElements = int.MaxValue)
    {
        var open = new List<string>();
        var depth = 0;
        var elements = 0;
        foreach (var token in MarkupTokens.Read(html))
        {
            if (token.Kind == MarkupTokenKind.StartTag)
            {
                elements++;
                if (token.SelfClosing || VoidElements.Contains(token.Name!))
                    continue;
                if (SelfEnding.Contains(token.Name!))
                {
                    // « <li><p>point<li> »: the new item closes the last one and what is open inside it.
                    for (var i = open.Count - 1; i >= 0 && i >= open.Count - 3; i--)
                    {
                        if (open[i] == token.Name)
                        {
                            open.RemoveRange(i, open.Count - i);
                            break;
                        }
                    }
                }

                open.Add(token.Name!);
                depth = Math.Max(depth, open.Count);
                if (depth > stopAtDepth || elements > stopAtElements)
                    break;
            }
            else if (token.Kind == MarkupTokenKind.EndTag)
            {
                for (var i = open.Count - 1; i >= 0 && i >= open.Count - EndTagReach; i--)
                {
                    if (open[i] == token.Name)
                    {
                        open.RemoveRange(i, open.Count - i);
                        break;
                    }
                }
            }
        }

        return new MarkupShape(depth, elements);
    }
}
