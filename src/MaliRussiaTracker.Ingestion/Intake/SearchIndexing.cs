namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>When a stored article goes into the full-text index.</summary>
public enum SearchIndexing
{
    /// <summary>In the transaction that stores it: searchable the moment it is stored.</summary>
    WithTheArticle,

    /// <summary>
    /// Afterwards, by the caller, through <see cref="ArticleSearchIndex"/>: a batch import has one chunk indexed
    /// on another connection while it stores the next, where the database offers that (PostgreSQL).
    /// </summary>
    ByTheCaller,
}
