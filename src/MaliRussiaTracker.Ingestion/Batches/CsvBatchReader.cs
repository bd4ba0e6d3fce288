using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>
/// CSV with a header row naming the columns (url, title, outlet, published, text, html; any order, any case).
/// A record with fewer fields than the header is rejected alone; a header with neither text nor html rejects
/// the file. A file that is not UTF-8 is read as Windows-1252, and <see cref="EncodingNote"/> says so.
/// </summary>
public sealed class CsvBatchReader(BatchLimits limits, TimeProvider? clock = null)
{
    private readonly int _latestYear = (clock ?? TimeProvider.System).GetUtcNow().Year + 1;

    /// <summary>Set once reading has begun when the file was not UTF-8.</summary>
    public string? EncodingNote { get; private set; }

    /// <param name="stream">A seekable stream: its start is read twice, to tell its encoding.</param>
    public async IAsyncEnumerable<BatchItem> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var encoding = await SniffAsync(stream, cancellationToken);
        if (encoding.CodePage == 1252)
            EncodingNote = ImportReasons.CsvNotUtf8.Format();
        var delimiter = await SniffDelimiterAsync(stream, encoding, cancellationToken);
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            MaxFieldSize = limits.MaxItemBytes,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvParser(text, configuration);

        if (!await csv.ReadAsync())
            throw new BatchFileException(ImportReasons.CsvEmpty.Format());
        var header = Columns.From(csv.Record ?? []);

        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            try
            {
                more = await csv.ReadAsync();
            }
            catch (MaxFieldSizeException)
            {
                throw new BatchFileException(ImportReasons.CsvFieldTooLong.Format(number + 1, limits.MaxItemBytes));
            }

            if (!more)
                yield break;
            number++;
            var record = csv.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
                continue;
            yield return header.ToItem(number, record, _latestYear);
        }
    }

    /// <summary>
    /// Spreadsheets in French locales save with ';', others with ',' or tabs: the header line, which names
    /// plain columns, tells which by the one it holds most of.
    /// </summary>
    /// <summary>The engine's choice on the file's first 64 KB; the stream is put back where it was.</summary>
    private static async Task<Encoding> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        var buffer = new byte[64 * 1024];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        stream.Position = start;
        return TextDecoder.ChooseEncoding(buffer.AsSpan(0, read), null, complete: read < buffer.Length).Encoding;
    }

    private static async Task<string> SniffDelimiterAsync(Stream stream, Encoding encoding, CancellationToken cancellationToken)
    {
        var start = stream.Position;
        string? header;
        using (var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true))
            header = await reader.ReadLineAsync(cancellationToken);
        stream.Position = start;
        string[] candidates = [",", ";", "\t"];
        return candidates.MaxBy(c => header?.Split(c).Length ?? 0) ?? ",";
    }

    private sealed class Columns
    {
        private readonly Dictionary<string, int> _index;
        private readonly int _count;

        private Columns(Dictionary<string, int> index, int count)
        {
            _index = index;
            _count = count;
        }

        public static Columns From(string[] header)
        {
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
                index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
            if (!index.ContainsKey(BatchFields.Text) && !index.ContainsKey(BatchFields.Html))
                throw new BatchFileException(
                    ImportReasons.CsvNoTextColumn.Format(string.Join(", ", header.Select(h => $"'{BatchFields.Shorten(h)}'"))));
            return new Columns(index, header.Length);
        }

        public BatchItem ToItem(int number, string[] record, int latestYear)
        {
            var url = Value(record, BatchFields.Url);
            var reference = url is null ? ImportReasons.Record.Format(number) : ImportReasons.RecordWithUrl.Format(number, BatchFields.Shorten(url, 300));
            if (record.Length < _count)
                return BatchItem.Rejected(number, reference, ImportReasons.FieldCount.Format(record.Length, _count));
            var text = Value(record, BatchFields.Text);
            var html = Value(record, BatchFields.Html);
            if ((text ?? html ?? "").Contains('\uFFFD', StringComparison.Ordinal))
                return BatchItem.Rejected(number, reference, ImportReasons.RecordNotUtf8.Format());
            return BatchFields.ToItem(number, reference, latestYear, url, Value(record, BatchFields.Title), Value(record, BatchFields.Outlet), Value(record, BatchFields.Published), text, html);
        }

        private string? Value(string[] record, string column) =>
            _index.TryGetValue(column, out var i) && i < record.Length ? record[i] : null;
    }
}
