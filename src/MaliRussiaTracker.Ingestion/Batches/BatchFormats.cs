using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Ingestion.Batches;

internal static class BatchFormats
{
    public static ImportFormat FromFileName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" => ImportFormat.Jsonl,
        ".csv" => ImportFormat.Csv,
        ".zip" => ImportFormat.Zip,
        var other => throw new BatchFileException(
            $"'{Path.GetFileName(path)}' is not a batch file this importer reads ({(other.Length == 0 ? "no extension" : other)}): give a .jsonl, .csv or .zip file"),
    };
}
