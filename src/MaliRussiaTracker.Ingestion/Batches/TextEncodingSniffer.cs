using System.Text;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>
/// Guesses a text file's encoding from its start: UTF-8 (with or without BOM) when it is valid as such,
/// else Windows-1252, the usual encoding of spreadsheets saved on Windows in French.
/// </summary>
internal static class TextEncodingSniffer
{
    private const int SniffBytes = 64 * 1024;

    static TextEncodingSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Reads the start of a seekable stream and puts it back where it was.</summary>
    public static async Task<Encoding> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = new byte[SniffBytes];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = start;
        return IsUtf8(buffer.AsSpan(0, read)) ? new UTF8Encoding(false) : Windows1252;
    }

    /// <summary>Valid UTF-8, allowing the sample to end in the middle of a character.</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: false);
        return status is System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData && bytes.Length - consumed < 4;
    }
}
