using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>
/// A ZIP of .txt and .html files, an article each. Nothing is written to disk; entries are expanded one at a
/// time into memory bounded by the item limit. An entry whose path climbs out of its folder, or that expands
/// beyond the limits (declared or actual: a declared size can lie), is refused; a ZIP whose entries together
/// would expand beyond the ZIP limit is refused whole.
/// </summary>
public sealed class ZipBatchReader(BatchLimits limits, TimeProvider? clock = null)
{
    private readonly int _latestYear = (clock ?? TimeProvider.System).GetUtcNow().Year + 1;

    /// <param name="stream">A seekable stream (a file): a ZIP's directory is at its end.</param>
    public async IAsyncEnumerable<BatchItem> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new BatchFileException(ImportReasons.NotZip.Format(e.Message), e);
        }

        using (archive)
        {
            CheckArchive(archive);
            var number = 0;
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.FullName.EndsWith('/') && entry.Length == 0)
                    continue;
                number++;
                yield return await ReadEntryAsync(number, entry, cancellationToken);
            }
        }
    }

    private void CheckArchive(ZipArchive archive)
    {
        if (archive.Entries.Count > limits.MaxZipEntries)
            throw new BatchFileException(ImportReasons.ZipTooManyEntries.Format(archive.Entries.Count, limits.MaxZipEntries));
        var declared = archive.Entries.Sum(e => e.Length);
        if (declared > limits.MaxZipExpandedBytes)
            throw new BatchFileException(ImportReasons.ZipTooLarge.Format(declared, limits.MaxZipExpandedBytes));
    }

    private async Task<BatchItem> ReadEntryAsync(int number, ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var reference = ImportReasons.Entry.Format(entry.FullName);
        if (ClimbsOut(entry.FullName))
            return BatchItem.Rejected(number, reference, ImportReasons.EntryClimbsOut.Format());
        var extension = Path.GetExtension(entry.Name).ToLowerInvariant();
        var isHtml = extension is ".html" or ".htm";
        if (!isHtml && extension != ".txt")
            return BatchItem.Rejected(number, reference, ImportReasons.EntryNotArticle.Format(extension));
        if (entry.Length > limits.MaxItemBytes)
            return BatchItem.Rejected(number, reference, ImportReasons.EntryTooLarge.Format(entry.Length, limits.MaxItemBytes));
        if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
            return BatchItem.Rejected(number, reference, ImportReasons.EntryTooCompressed.Format(entry.Length / entry.CompressedLength, limits.MaxCompressionRatio));

        byte[] bytes;
        try
        {
            bytes = await ReadBoundedAsync(entry, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            return BatchItem.Rejected(number, reference, ImportReasons.EntryBroken.Format(e.Message));
        }

        if (bytes.Length > limits.MaxItemBytes)
            return BatchItem.Rejected(number, reference, ImportReasons.EntryExpandsBeyond.Format(limits.MaxItemBytes));
        var encoding = TextDecoder.ChooseEncoding(bytes, null);
        if (encoding.Encoding is not UnicodeEncoding && bytes.Contains((byte)0))
            return BatchItem.Rejected(number, reference, ImportReasons.EntryBinary.Format());

        var content = encoding.Encoding.GetString(bytes, encoding.PreambleLength, bytes.Length - encoding.PreambleLength);
        return BatchFields.ToItem(number, reference, _latestYear, null, null, null, null, isHtml ? null : content, isHtml ? content : null);
    }

    private async Task<byte[]> ReadBoundedAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        await using var input = await entry.OpenAsync(cancellationToken);
        using var output = new MemoryStream((int)Math.Min(entry.Length, limits.MaxItemBytes));
        var buffer = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > limits.MaxItemBytes)
                break;
        }

        return output.ToArray();
    }

    private static bool ClimbsOut(string path)
    {
        var normalised = path.Replace('\\', '/');
        return normalised.StartsWith('/') || (normalised.Length > 1 && normalised[1] == ':') || normalised.Split('/').Contains("..");
    }
}
