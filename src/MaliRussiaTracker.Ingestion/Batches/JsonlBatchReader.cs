using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>
/// One JSON object a line. Lines are read as bytes with a bounded buffer, so an oversized or endless line is
/// rejected without being held whole, and a bad line (invalid JSON, invalid UTF-8, a truncated last line)
/// costs that line only.
/// </summary>
public sealed class JsonlBatchReader(BatchLimits limits, TimeProvider? clock = null)
{
    private readonly int _latestYear = (clock ?? TimeProvider.System).GetUtcNow().Year + 1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async IAsyncEnumerable<BatchItem> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lines = new BoundedLineReader(stream, limits.MaxItemBytes);
        var number = 0;
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            var reference = ImportReasons.Line.Format(number);
            if (line.TooLong)
            {
                yield return BatchItem.Rejected(number, reference, ImportReasons.ItemTooLong.Format(limits.MaxItemBytes));
                continue;
            }

            var bytes = line.Bytes;
            if (number == 1 && bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
                bytes = bytes[3..];
            if (bytes.AsSpan().Trim((byte)' ').Trim((byte)'\r').IsEmpty)
                continue;
            yield return Parse(number, reference, bytes);
        }
    }

    private BatchItem Parse(int number, string reference, byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
        }
        catch (DecoderFallbackException)
        {
            return BatchItem.Rejected(number, reference, ImportReasons.LineNotUtf8.Format());
        }

        try
        {
            using var json = JsonDocument.Parse(bytes);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return BatchItem.Rejected(number, reference, ImportReasons.NotAnObject.Format(json.RootElement.ValueKind.ToString().ToLowerInvariant()));
            var root = json.RootElement;
            var wrongType = new List<string>();
            var url = Field(root, BatchFields.Url, wrongType);
            var title = Field(root, BatchFields.Title, wrongType);
            var outlet = Field(root, BatchFields.Outlet, wrongType);
            var published = Field(root, BatchFields.Published, wrongType);
            var text = Field(root, BatchFields.Text, wrongType);
            var html = Field(root, BatchFields.Html, wrongType);
            var named = url is null ? reference : ImportReasons.LineWithUrl.Format(number, BatchFields.Shorten(url, 300));
            // A number or an array where text belongs is a mistake in the file, not text to store.
            if (wrongType.Count > 0)
                return BatchItem.Rejected(number, named, string.Join("; ", wrongType));
            return BatchFields.ToItem(number, named, _latestYear, url, title, outlet, published, text, html);
        }
        catch (JsonException e)
        {
            return BatchItem.Rejected(number, reference, ImportReasons.NotJson.Format((e.BytePositionInLine ?? 0) + 1));
        }
    }

    private static string? Field(JsonElement root, string name, List<string> wrongType)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                switch (property.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        return property.Value.GetString();
                    case JsonValueKind.Null or JsonValueKind.Undefined:
                        return null;
                    default:
                        var wrong = property.Value.ValueKind switch
                        {
                            JsonValueKind.Number => ImportReasons.NumberForText,
                            JsonValueKind.Array => ImportReasons.ArrayForText,
                            JsonValueKind.Object => ImportReasons.ObjectForText,
                            _ => ImportReasons.BooleanForText,
                        };
                        wrongType.Add(wrong.Format(name));
                        return null;
                }
            }
        }

        return null;
    }

    private sealed record Line(byte[] Bytes, bool TooLong);

    /// <summary>Splits a stream on '\n' while never holding more than the limit of one line.</summary>
    private sealed class BoundedLineReader(Stream stream, long limit)
    {
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;
        private bool _finished;

        public async Task<Line?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new ArrayBufferWriter<byte>();
            var tooLong = false;
            while (true)
            {
                if (_start == _end)
                {
                    if (_finished)
                        return line.WrittenCount == 0 && !tooLong ? null : new Line(line.WrittenSpan.ToArray(), tooLong);
                    _start = 0;
                    _end = await stream.ReadAsync(_buffer, cancellationToken);
                    if (_end == 0)
                    {
                        _finished = true;
                        continue;
                    }
                }

                var available = _buffer.AsSpan(_start, _end - _start);
                var newline = available.IndexOf((byte)'\n');
                var chunk = newline < 0 ? available : available[..newline];
                if (!tooLong && line.WrittenCount + chunk.Length > limit)
                {
                    tooLong = true;
                    line.Clear();
                }

                if (!tooLong)
                    line.Write(chunk);
                _start += chunk.Length;
                if (newline >= 0)
                {
                    _start++;
                    return new Line(line.WrittenSpan.ToArray(), tooLong);
                }
            }
        }
    }
}
