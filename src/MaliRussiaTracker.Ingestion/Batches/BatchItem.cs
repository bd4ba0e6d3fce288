namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>One article as a batch file gives it: text, or HTML whose main text is still to be extracted.</summary>
public sealed record BatchArticle(string? Url, string? Title, string? Outlet, DateOnly? Published, string? Text, string? Html);

/// <summary>
/// One item of a batch file, by its position (1-based line, record or entry number): an article to import,
/// or the reason it cannot be, in words a person can act on.
/// </summary>
public sealed record BatchItem(int Position, string Reference, BatchArticle? Article, string? Rejection)
{
    public static BatchItem Rejected(int position, string reference, string reason) => new(position, reference, null, reason);
}

/// <summary>A file that cannot be read at all (no header, not a ZIP, …): nothing in it is imported, and it says why.</summary>
public sealed class BatchFileException(string message, Exception? inner = null) : Exception(message, inner);
