using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>What real feeds get wrong that every reader forgives, put right before the XML reader sees the text.</summary>
internal static partial class FeedRepairs
{
    private static readonly HashSet<string> XmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    /// <summary>
    /// HTML's named entities (&amp;eacute;, &amp;nbsp;, &amp;rsquo;), which XML does not know, as numeric references.
    /// XML's own five stay, and so does a name HTML does not know (a DTD's entity, which the reader refuses unread).
    /// </summary>
    public static string MapHtmlEntities(string xml) => xml.Contains('&', StringComparison.Ordinal)
        ? NamedEntity().Replace(xml, m =>
        {
            var name = m.Groups[1].Value;
            if (XmlEntities.Contains(name))
                return m.Value;
            var decoded = WebUtility.HtmlDecode(m.Value);
            if (decoded == m.Value)
                return m.Value;
            var numeric = new StringBuilder();
            for (var i = 0; i < decoded.Length; i += char.IsSurrogatePair(decoded, i) ? 2 : 1)
                numeric.Append("&#x").Append(char.ConvertToUtf32(decoded, i).ToString("X", CultureInfo.InvariantCulture)).Append(';');
            return numeric.ToString();
        })
        : xml;

    /// <summary>
    /// Ampersands that start no reference (« ?a=1&amp;b=2 » written raw in a link), escaped; and « &amp;#X41; », which
    /// XML writes with a small x.
    /// </summary>
    public static string EscapeStrayAmpersands(string xml) => xml.Contains('&', StringComparison.Ordinal)
        ? StrayAmpersand().Replace(UpperHexReference().Replace(xml, "&#x"), "&amp;")
        : xml;

    /// <summary>
    /// A document cut short, ended after its last complete item or entry with the elements still open there closed;
    /// null when it holds none (cut before its first item ends, it has nothing to give, and says so as malformed).
    /// </summary>
    public static string? CutShort(string xml)
    {
        var last = ItemEnd().Matches(xml).LastOrDefault();
        if (last is null)
            return null;
        var kept = xml[..(last.Index + last.Length)];
        var open = OpenElements(kept);
        var repaired = new StringBuilder(kept);
        for (var i = open.Count - 1; i >= 0; i--)
            repaired.Append("</").Append(open[i]).Append('>');
        return repaired.ToString();
    }

    // One pass over the tags, skipping comments, CDATA sections, declarations and processing instructions.
    private static List<string> OpenElements(string xml)
    {
        var open = new List<string>();
        var i = 0;
        while ((i = xml.IndexOf('<', i)) >= 0)
        {
            if (Skip(xml, i, "<!--", "-->") is { } afterComment)
            {
                i = afterComment;
                continue;
            }

            if (Skip(xml, i, "<![CDATA[", "]]>") is { } afterCdata)
            {
                i = afterCdata;
                continue;
            }

            var end = xml.IndexOf('>', i);
            if (end < 0)
                break;
            var tag = xml.AsSpan(i + 1, end - i - 1);
            if (tag.Length > 0 && tag[0] is not ('!' or '?'))
            {
                if (tag[0] == '/')
                {
                    var name = tag[1..].Trim().ToString();
                    var at = open.LastIndexOf(name);
                    if (at >= 0)
                        open.RemoveRange(at, open.Count - at);
                }
                else if (tag[^1] != '/')
                {
                    var nameEnd = tag.IndexOfAny(" \t\r\n/");
                    open.Add((nameEnd < 0 ? tag : tag[..nameEnd]).ToString());
                }
            }

            i = end + 1;
        }

        return open;
    }

    private static int? Skip(string xml, int at, string start, string end)
    {
        if (string.CompareOrdinal(xml, at, start, 0, start.Length) != 0)
            return null;
        var close = xml.IndexOf(end, at + start.Length, StringComparison.Ordinal);
        return close < 0 ? xml.Length : close + end.Length;
    }

    [GeneratedRegex("&(?!(?:[A-Za-z][A-Za-z0-9._-]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")]
    private static partial Regex StrayAmpersand();

    [GeneratedRegex("&#X(?=[0-9A-Fa-f]+;)")]
    private static partial Regex UpperHexReference();

    [GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();

    [GeneratedRegex("</(?:[A-Za-z_][\\w.-]*:)?(?:item|entry)\\s*>")]
    private static partial Regex ItemEnd();
}
