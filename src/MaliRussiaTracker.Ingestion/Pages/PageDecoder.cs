using System.Text;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Ingestion.Http;

namespace MaliRussiaTracker.Ingestion.Pages;

/// <summary>
/// Turns a page's bytes into text as a browser would: a byte-order mark, else the charset of the Content-Type
/// header, else the page's own &lt;meta&gt; declaration, else UTF-8 when the bytes are valid UTF-8, else Windows-1252.
/// </summary>
public static partial class PageDecoder
{
    // Browsers look for the declaration in the first 1024 bytes; some CMSs put long scripts first, so we look further.
    private const int PrescanBytes = 4096;

    public static (string Html, Encoding Encoding) Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var (encoding, preamble) = FromByteOrderMark(body);
        encoding ??= Charsets.Find(headerCharset) ?? FromMeta(body) ?? (System.Text.Unicode.Utf8.IsValid(body) ? Charsets.Utf8 : Charsets.Windows1252);
        return (encoding.GetString(body[preamble..]), encoding);
    }

    private static (Encoding?, int) FromByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Charsets.Utf8, 3),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    private static Encoding? FromMeta(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps each byte to one char, so the ASCII of the markup reads right whatever the real encoding.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (CharsetAttribute().Match(meta.Value) is { Success: true } declared && Charsets.Find(declared.Groups[1].Value) is { } encoding)
                // A page that claims UTF-16 in an ASCII-readable <meta> cannot be UTF-16 (WHATWG says: read it as UTF-8).
                return encoding is UnicodeEncoding ? Charsets.Utf8 : encoding;
        }

        return null;
    }

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttribute();
}
