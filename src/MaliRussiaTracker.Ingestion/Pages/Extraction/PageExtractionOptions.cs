using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

/// <summary>
/// The <c>Ingestion:Extraction</c> section: how far a page may go before the article finder is spared it, before it
/// is refused, and how long its extraction may take. Measured on public corpora (decision 0012): news pages nest
/// well under 100 deep and hold a few thousand elements.
/// </summary>
public sealed class PageExtractionOptions
{
    public const string Section = "Ingestion:Extraction";

    /// <summary>Deeper pages skip the article finder (its cost grows with depth, and it recurses) for the plain reading.</summary>
    [Range(16, 100_000)]
    public int ReaderMaxDepth { get; set; } = 400;

    /// <summary>Pages with more elements skip the article finder for the plain reading.</summary>
    [Range(100, 10_000_000)]
    public int ReaderMaxElements { get; set; } = 40_000;

    /// <summary>Deeper pages are refused: no article nests so.</summary>
    [Range(16, 1_000_000)]
    public int MaxDepth { get; set; } = 5_000;

    /// <summary>Pages with more elements are refused.</summary>
    [Range(100, 100_000_000)]
    public int MaxElements { get; set; } = 250_000;

    /// <summary>
    /// The longest one page's extraction may take; past it the extractor process is stopped and the page fails. Kept
    /// well under <c>Ingestion:ClaimLease</c>, so no other instance takes the page while it is being read.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Extractor processes kept at once (each reads one page at a time).</summary>
    [Range(1, 64)]
    public int Processes { get; set; } = 4;

    /// <summary>The memory one extractor process may use before it is stopped (its page failing), in megabytes.</summary>
    [Range(64, 65_536)]
    public int ProcessMemoryMegabytes { get; set; } = 1024;
}
