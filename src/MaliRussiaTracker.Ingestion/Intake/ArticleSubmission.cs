namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>An article as it arrives from a feed, a page, a batch file or the demo set, before anything is stored.</summary>
public sealed record ArticleSubmission(string Text)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>What was received when it differs from <see cref="Text"/> (the page's HTML).</summary>
    public string? Raw { get; init; }
    /// <summary>The charset its bytes were read in, when they were fetched.</summary>
    public string? Charset { get; init; }
    /// <summary>Whether the bytes overruled the charset the server or the page declared.</summary>
    public bool CharsetLabelOverruled { get; init; }
    /// <summary>The text is a feed's own (its summary or content), its page not had.</summary>
    public bool TextFromFeed { get; init; }
}

/// <summary>Where an item stands in an import batch, so its result is recorded with the article, atomically.</summary>
public sealed record BatchPosition(long BatchId, int Position, string Reference);

/// <summary>A submission, and the batch item it comes from, if any.</summary>
public sealed record IntakeEntry(ArticleSubmission Submission, BatchPosition? Item = null);

public enum IntakeOutcome
{
    Stored,
    Duplicate,
    /// <summary>A resumed import met an item whose result was already recorded: nothing was done.</summary>
    AlreadyRecorded,
    /// <summary>Not stored: a field it carries is refused (too long, not an http(s) URL), or the database refused it; the reason says which.</summary>
    Rejected,
}

/// <summary>What became of a submission; for a duplicate, the article already stored and why it matched.</summary>
public sealed record IntakeResult(IntakeOutcome Outcome, long ArticleId, string? Reason = null);
