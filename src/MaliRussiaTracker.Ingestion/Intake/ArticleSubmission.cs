namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>An article as it arrives from a feed, a page, a batch file or the demo set, before anything is stored.</summary>
public sealed record ArticleSubmission(string Text)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>What was received when it differs from <see cref="Text"/> (the page's HTML).</summary>
    public string? Raw { get; init; }
    public long? ImportBatchId { get; init; }
}

public enum IntakeOutcome
{
    Stored,
    Duplicate,
}

/// <summary>What became of a submission; for a duplicate, the article already stored and why it matched.</summary>
public sealed record IntakeResult(IntakeOutcome Outcome, long ArticleId, string? Reason = null);
