using System.Text;

namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>Options for reading raw bytes.</summary>
public sealed record DecodingOptions
{
    /// <summary>Inputs larger than this are refused; an article is a few kilobytes, a 50 MB file is a mistake.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The defaults: 10 MB.</summary>
    public static DecodingOptions Default { get; } = new();

    /// <summary>Why an input of <paramref name="length"/> bytes is refused, or null; callers can ask before reading a file.</summary>
    public string? SizeRefusal(long length) => length > MaxBytes
        ? $"the file is {length / (1024.0 * 1024.0):0.#} MB, over the limit of {MaxBytes / (1024.0 * 1024.0):0.#} MB for one article"
        : null;
}

/// <summary>
/// Reads article bytes as text: UTF-8 with or without a byte-order mark, UTF-16 with a mark, or else
/// Windows-1252 (which covers Latin-1), and refuses what is empty, too large, binary or unreadable.
/// </summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five holes are undefined there.
    private static readonly char[] Cp1252High =
    [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0',
        '\0', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];

    /// <summary>Reads <paramref name="bytes"/> as text, or says why it cannot.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, DecodingOptions? options = null)
    {
        options ??= DecodingOptions.Default;
        if (bytes.Length == 0)
            return DecodedText.Refused("the file is empty");
        if (options.SizeRefusal(bytes.Length) is { } tooLarge)
            return DecodedText.Refused(tooLarge);

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return CheckText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return CheckText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");

        if (LooksBinary(bytes))
            return DecodedText.Refused("the file is binary (NUL or control bytes), not text");
        return DecodeUtf8(bytes, "utf-8");
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return CheckText(StrictUtf8.GetString(bytes), name);

        var invalidAt = FirstInvalidUtf8(bytes);
        var latin = DecodeCp1252(bytes, out var undefined);
        // UTF-8 read as 1252 shows « Ã© »: such a file is broken UTF-8, and reading it as 1252 would hide that.
        if (undefined == 0 && !LooksLikeMisreadUtf8(latin) && ReadsAsText(latin))
            return DecodedText.Read(latin, "windows-1252");
        return DecodedText.Refused($"the file is not valid UTF-8 (first bad byte at offset {invalidAt}) and does not read as Windows-1252 text either");
    }

    private static DecodedText CheckText(string text, string name) =>
        ReadsAsText(text) ? DecodedText.Read(text, name) : DecodedText.Refused($"the file decodes as {name} but is not text (control characters)");

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        if (sample.Contains((byte)0))
            return true;
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
                control++;
        }

        return control > sample.Length / 100;
    }

    private static bool ReadsAsText(string text)
    {
        var odd = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
                odd++;
        }

        return odd <= text.Length / 100;
    }

    private static bool LooksLikeMisreadUtf8(string text)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is 'Ã' or 'Â' && text[i + 1] is >= '\u0080' and <= '\u00BF' or '€' or '‚' or 'ƒ' or '„' or '…' or '†' or '‡' or 'ˆ' or '‰' or 'Š' or '‹' or 'Œ' or 'Ž' or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ')
                pairs++;
        }

        return pairs >= 2;
    }

    private static string DecodeCp1252(ReadOnlySpan<byte> bytes, out int undefined)
    {
        var count = 0;
        var text = string.Create(bytes.Length, bytes.ToArray(), (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                span[i] = b is >= 0x80 and <= 0x9F ? Cp1252High[b - 0x80] : (char)b;
            }
        });
        foreach (var c in text)
        {
            if (c == '\0')
                count++;
        }

        undefined = count;
        return text;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }
}
