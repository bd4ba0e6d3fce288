namespace MaliRussiaTracker.Core.Domain;

/// <summary>A feed the worker polls; its polling state lives here so a restart loses nothing.</summary>
public class Feed
{
    public long Id { get; set; }
    public required string Url { get; set; }
    public string? Title { get; set; }
    public TimeSpan PollInterval { get; set; }
    public bool IsPaused { get; set; }
    public DateTimeOffset NextCheckAt { get; set; }
    public DateTimeOffset? LastCheckedAt { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public int ErrorCount { get; set; }
    public string? LastError { get; set; }
}

public enum PendingPageStatus
{
    /// <summary>Waiting for its (next) fetch.</summary>
    Waiting,
    /// <summary>Given up after repeated failures; kept, with the last error, for an admin to see.</summary>
    Failed,
}

/// <summary>
/// A page to fetch: a feed's new entry or a URL an admin added. The queue lives in the database, so a page
/// found but not yet fetched survives a restart, and a failed fetch is tried again later.
/// </summary>
public class PendingPage
{
    public long Id { get; set; }
    public required string Url { get; set; }
    /// <summary>One waiting page per canonical URL, whoever found it.</summary>
    public required string CanonicalUrl { get; set; }
    public long? FeedId { get; set; }
    /// <summary>The feed's own text for the entry, used when the page cannot be had.</summary>
    public string? FeedTitle { get; set; }
    /// <summary>The feed's date for the entry: the article's when the page prints none.</summary>
    public DateTimeOffset? FeedPublished { get; set; }
    /// <summary>The feed's author for the entry: the article's when the page names none.</summary>
    public string? FeedAuthor { get; set; }
    /// <summary>The feed's own text of the entry (its content, else its summary, as HTML): the article's text when the page is given up.</summary>
    public string? FeedSummary { get; set; }
    public PendingPageStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum ImportFormat
{
    Jsonl,
    Csv,
    Zip,
    Text,
}

public enum ImportBatchStatus
{
    Running,
    Completed,
    Failed,
    /// <summary>Never stored: how a Running batch is shown once no live importer holds it (killed); importing the file again resumes it.</summary>
    Interrupted,
}

public class ImportBatch
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public ImportFormat Format { get; set; }
    public ImportBatchStatus Status { get; set; }
    public string? StartedBy { get; set; }
    /// <summary>SHA-256 of the file: an interrupted import of the same file resumes its batch.</summary>
    public string? FileHash { get; set; }
    public long FileSize { get; set; }
    /// <summary>The last position whose result is recorded; a resumed import starts after it.</summary>
    public int LastPosition { get; set; }
    /// <summary>Refreshed while an importer works on the batch; null or stale, the batch is free to resume.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>Why the file could not be read (whole or from some point on), or a note on how it was read.</summary>
    public string? Error { get; set; }
    public List<ImportItem> Items { get; set; } = [];
}

public enum ImportOutcome
{
    Imported,
    Duplicate,
    Rejected,
}

/// <summary>What became of one item of a batch, by its position in the file.</summary>
public class ImportItem
{
    public long Id { get; set; }
    public long ImportBatchId { get; set; }
    public int Position { get; set; }
    /// <summary>What names the item to a person: its URL, its entry in the ZIP, its line.</summary>
    public required string Reference { get; set; }
    public ImportOutcome Outcome { get; set; }
    public string? Reason { get; set; }
    public long? ArticleId { get; set; }
    public Article? Article { get; set; }
}

/// <summary>Who changed what, when, with the values before and after (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string User { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>The article the change was made on, when it was: a review's history and its conflicts are read by it.</summary>
    public long? ArticleId { get; set; }
}
