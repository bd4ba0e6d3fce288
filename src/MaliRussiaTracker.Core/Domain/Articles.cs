namespace MaliRussiaTracker.Core.Domain;

/// <summary>Where an article stands in the pipeline.</summary>
public enum ArticleStatus
{
    /// <summary>Stored, waiting for the engine.</summary>
    Pending,
    /// <summary>Read by the engine; its findings are stored as suggestions.</summary>
    Analysed,
    /// <summary>The engine failed on it; the reason is kept.</summary>
    Failed,
}

/// <summary>How much of an article the full-text index holds.</summary>
public enum SearchCoverage
{
    /// <summary>Its title and its whole text.</summary>
    WholeText,
    /// <summary>
    /// Its title and the start of its text: the whole would pass what the database's index can hold for one article
    /// (on PostgreSQL, 1 MB of distinct words).
    /// </summary>
    BoundedText,
    /// <summary>Nothing: the database could not index it at all; it is found by browsing, not by search.</summary>
    NotIndexed,
}

/// <summary>One article as stored: the text as received, the clean text, and what the engine read out of it.</summary>
public class Article
{
    public long Id { get; set; }
    public string? Url { get; set; }
    /// <summary>The URL without tracking parameters, fragments or case noise: the key for exact duplicates.</summary>
    public string? CanonicalUrl { get; set; }
    /// <summary>SHA-256 of the normalised text, hex: the other key for exact duplicates.</summary>
    public required string ContentHash { get; set; }
    public string? Title { get; set; }
    /// <summary>The outlet's name as the article came with it (a batch's field, a feed's title, the page's site name).</summary>
    public string? Outlet { get; set; }
    /// <summary>The outlet identified as its publisher (decision 0013), confirmed or a candidate.</summary>
    public long? OutletId { get; set; }
    /// <summary>The agency whose dispatch it reprints (« (AFP) », « Source : TASS »), where it names one.</summary>
    public long? AgencyId { get; set; }
    /// <summary>
    /// The independent voice it counts as: its agency's owner group, else its outlet's (<see cref="Domain.Outlet.Voice"/>);
    /// null when no outlet is known. Kept here so counting voices is a distinct count over the articles.
    /// </summary>
    public string? Voice { get; set; }
    public string? Author { get; set; }
    public string? Language { get; set; }
    public DateOnly? Published { get; set; }
    public PartialDate? MainDate { get; set; }
    /// <summary>What was received (the page's HTML, or the file's text), kept beside the clean text.</summary>
    public required string RawText { get; set; }
    /// <summary>The charset a fetched page was read in; null for what came as text.</summary>
    public string? Charset { get; set; }
    /// <summary>A fetched page whose bytes said otherwise than its declared charset (decision 0012).</summary>
    public bool CharsetLabelOverruled { get; set; }
    /// <summary>Its page could not be had: the text is the feed's own (its summary or content), not the page's.</summary>
    public bool TextFromFeed { get; set; }
    public required string CleanText { get; set; }
    public List<FurnitureSpan> Furniture { get; set; } = [];
    public double Relevance { get; set; }
    /// <summary>The engine's yes or no; an editor may overrule it.</summary>
    public bool? IsRelevant { get; set; }
    /// <summary>The editor who overruled the engine on <see cref="IsRelevant"/>; once set, re-analysis leaves it alone.</summary>
    public string? RelevanceDecidedBy { get; set; }
    public ArticleStatus Status { get; set; }
    public string? StatusReason { get; set; }
    /// <summary>Set by the database as it indexes the article for search; anything but the whole text is shown on the article.</summary>
    public SearchCoverage SearchCoverage { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? AnalysedAt { get; set; }
    /// <summary>Changed on every save, so two editors saving one article cannot overwrite each other unseen.</summary>
    public Guid Version { get; set; }

    /// <summary>The engine's story fingerprint (<c>StoryFingerprint</c>'s stored form), compared with newcomers.</summary>
    public string? Fingerprint { get; set; }
    /// <summary>
    /// The first day of the article's news date (its own, else the one its story lends it), if any: where the chart
    /// and the date filters place it, and where newcomers look for their story.
    /// </summary>
    public DateOnly? OwnDay { get; set; }
    public long? StoryId { get; set; }
    public Story? Story { get; set; }
    public long? ImportBatchId { get; set; }
    public ImportBatch? ImportBatch { get; set; }

    public List<Mention> Mentions { get; set; } = [];
    public List<DatedFact> DatedFacts { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<ArticleTag> Tags { get; set; } = [];
}

/// <summary>A stretch of the received text that is site furniture, not the article; kept, marked as removed.</summary>
public class FurnitureSpan
{
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>related-articles, author-articles, subscription, error-report, editor-line, …</summary>
    public required string Kind { get; set; }
}

/// <summary>Articles that tell one story in other words; corroboration counts stories, not articles.</summary>
public class Story
{
    public long Id { get; set; }
    /// <summary>A stable key for the story, independent of database ids.</summary>
    public required string Key { get; set; }
    public string? Title { get; set; }
    public PartialDate? MainDate { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Article> Articles { get; set; } = [];
}
