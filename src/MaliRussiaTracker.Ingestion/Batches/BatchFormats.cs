using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

internal static class BatchFormats
{
    public static ImportFormat FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => ImportFormat.Jsonl,
        ".csv" => ImportFormat.Csv,
        ".zip" => ImportFormat.Zip,
        var other => throw new BatchFileException(
            ImportReasons.NotABatchFile.Format(Path.GetFileName(path), other.Length == 0 ? "-" : other)),
    };
}
