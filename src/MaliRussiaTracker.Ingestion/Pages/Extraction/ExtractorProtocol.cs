using System.Buffers.Binary;
using System.Text.Json;

namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

public sealed record ExtractionRequest(string Url, string Html);

public sealed record ExtractionReply(ExtractedArticle? Article, string? Failure);

/// <summary>
/// What the app and its extractor process say to each other over the child's standard input and output: one JSON
/// message a frame, its length first (a page's HTML holds every byte a line-based protocol would trip on).
/// </summary>
public static class ExtractorProtocol
{
    // A 5 MB page grows by its escapes; past this, the other side is not speaking the protocol.
    private const int MaxFrameBytes = 256 * 1024 * 1024;

    public static async Task WriteAsync<T>(Stream stream, T message, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, body.Length);
        await stream.WriteAsync(length, cancellationToken);
        await stream.WriteAsync(body, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    /// <summary>The next message, or null when the other side has closed its end.</summary>
    public static async Task<T?> ReadAsync<T>(Stream stream, CancellationToken cancellationToken) where T : class
    {
        var length = new byte[4];
        if (await stream.ReadAtLeastAsync(length, 4, throwOnEndOfStream: false, cancellationToken) < 4)
            return null;
        var size = BinaryPrimitives.ReadInt32LittleEndian(length);
        if (size is < 0 or > MaxFrameBytes)
            throw new InvalidDataException($"a frame of {size} bytes is not the extractor's protocol.");
        var body = new byte[size];
        if (await stream.ReadAtLeastAsync(body, size, throwOnEndOfStream: false, cancellationToken) < size)
            return null;
        return JsonSerializer.Deserialize<T>(body);
    }
}
