using System.Text;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>The encoding chosen for a document: how many bytes of byte-order mark to skip, the label it carried, and whether its bytes overruled that label.</summary>
public sealed record EncodingChoice(Encoding Encoding, int PreambleLength, string? Label, bool LabelOverruled)
{
    /// <summary>The encoding's name as the web writes it (<c>utf-8</c>, <c>windows-1252</c>).</summary>
    public string Charset => Encoding.WebName;
}

/// <summary>A web document's text and how its bytes were read.</summary>
public sealed record DeclaredText(string Text, EncodingChoice Choice);

public static partial class TextDecoder
{
    // Browsers look for a declaration in the first 1024 bytes; some CMSs put long scripts first, so we look further.
    private const int PrescanBytes = 4096;

    /// <summary>
    /// Reads a web document (a page, a feed) by the evidence of its bytes before its labels: a byte-order mark; then
    /// valid UTF-8 with non-ASCII in it is UTF-8 whatever the label says; a UTF-8 label on bytes that are not UTF-8
    /// means Windows-1252; otherwise the label (<paramref name="headerLabel"/>, then the document's &lt;meta&gt; or XML
    /// declaration), then a sniff (UTF-16 without a mark, else UTF-8 or Windows-1252).
    /// </summary>
    public static DeclaredText DecodeDeclared(ReadOnlySpan<byte> bytes, string? headerLabel)
    {
        var choice = ChooseEncoding(bytes, headerLabel);
        return new DeclaredText(choice.Encoding.GetString(bytes[choice.PreambleLength..]), choice);
    }

    /// <summary>
    /// The encoding <see cref="DecodeDeclared"/> would use. With <paramref name="complete"/> false, <paramref name="bytes"/>
    /// is the start of a longer file (a batch), which may end in the middle of a character.
    /// </summary>
    public static EncodingChoice ChooseEncoding(ReadOnlySpan<byte> bytes, string? headerLabel, bool complete = true)
    {
        var utf16 = SniffUtf16(bytes);
        var label = Label(headerLabel) ?? (utf16 is null ? DocumentLabel(bytes) : null);
        var labelled = label is null ? null : Charsets.Find(label);

        switch (bytes)
        {
            // UTF-32's marks first: little-endian's starts as UTF-16's does.
            case [0x00, 0x00, 0xFE, 0xFF, ..]:
                return new EncodingChoice(new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, label, false);
            case [0xFF, 0xFE, 0x00, 0x00, ..]:
                return new EncodingChoice(new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, label, false);
            case [0xEF, 0xBB, 0xBF, ..]:
                return new EncodingChoice(Charsets.Utf8, 3, label, label is not null && labelled is not UTF8Encoding);
            case [0xFF, 0xFE, ..]:
                return new EncodingChoice(Encoding.Unicode, 2, label, label is not null && !Equals(labelled, Encoding.Unicode));
            case [0xFE, 0xFF, ..]:
                return new EncodingChoice(Encoding.BigEndianUnicode, 2, label, label is not null && !Equals(labelled, Encoding.BigEndianUnicode));
        }

        if (utf16 is not null)
            return new EncodingChoice(utf16, 0, label, label is not null && !Equals(labelled, utf16));

        var ascii = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0;
        var utf8 = ascii || IsUtf8(bytes, complete);
        if (utf8 && !ascii)
            return new EncodingChoice(Charsets.Utf8, 0, label, labelled is not null and not UTF8Encoding);
        if (labelled is UTF8Encoding)
            // Bytes that are not UTF-8 under a UTF-8 label: a CMS's template says UTF-8, its database wrote Windows-1252.
            return new EncodingChoice(ascii ? Charsets.Utf8 : Charsets.Windows1252, 0, label, !ascii);
        if (labelled is not null and not UnicodeEncoding)
            return new EncodingChoice(labelled, 0, label, false);

        // No label, one we do not know, or UTF-16 said of bytes that are not: the bytes decide.
        return new EncodingChoice(utf8 ? Charsets.Utf8 : Charsets.Windows1252, 0, label, labelled is UnicodeEncoding);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (complete)
            return System.Text.Unicode.Utf8.IsValid(bytes);
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData && bytes.Length - consumed < 4;
    }

    private static string? Label(string? label) => string.IsNullOrWhiteSpace(label) ? null : label.Trim().Trim('"', '\'').ToLowerInvariant();

    // UTF-16 without a mark shows as a NUL beside nearly every ASCII character of the markup, UTF-32 as three.
    private static Encoding? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        switch (bytes)
        {
            case [0x00, 0x00, 0x00, (byte)'<', ..]:
                return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
            case [(byte)'<', 0x00, 0x00, 0x00, ..]:
                return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        }

        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 8)
            return null;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
                evenNuls++;
            if (sample[i + 1] == 0)
                oddNuls++;
        }

        var pairs = sample.Length / 2;
        if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05)
            return Encoding.Unicode;
        if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05)
            return Encoding.BigEndianUnicode;
        return null;
    }

    private static string? DocumentLabel(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps each byte to one char, so the ASCII of the markup reads right whatever the real encoding.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (XmlDeclaration().Match(head) is { Success: true } xml)
            return Label(xml.Groups[1].Value);
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (CharsetAttribute().Match(meta.Value) is { Success: true } declared)
                return Label(declared.Groups[1].Value);
        }

        return null;
    }

    [GeneratedRegex("^\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttribute();
}
