using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>The <c>Ingestion:Batches</c> section: what one item and one ZIP may weigh.</summary>
public sealed class BatchLimits
{
    public const string Section = "Ingestion:Batches";

    /// <summary>The largest item (a JSONL line, a CSV record, a ZIP entry once expanded), in bytes.</summary>
    [Range(1024, 1L << 30)]
    public long MaxItemBytes { get; set; } = 5L << 20;

    /// <summary>The most a ZIP may expand to, all entries together, in bytes.</summary>
    [Range(1024, 1L << 40)]
    public long MaxZipExpandedBytes { get; set; } = 4L << 30;

    /// <summary>The most entries a ZIP may hold.</summary>
    [Range(1, 10_000_000)]
    public int MaxZipEntries { get; set; } = 200_000;

    /// <summary>The largest file an admin may upload from the browser, in bytes; larger ones go through <c>mrt import</c>.</summary>
    [Range(1024, 1L << 40)]
    public long MaxUploadBytes { get; set; } = 2L << 30;

    /// <summary>How many times larger than its compressed size an entry may be: past it, a zip bomb.</summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 200;
}
