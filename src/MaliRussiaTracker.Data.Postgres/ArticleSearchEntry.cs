using NpgsqlTypes;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>
/// An article's French text-search vector, in a table of its own beside the article rather than a column of it.
/// Computing the vector is most of what storing an article costs the server; apart, a batch import can have it
/// computed on another connection (another core) while it stores the next chunk, and the article's own row is
/// never rewritten for it. A trigger fills it as articles are inserted, unless the inserting transaction
/// promised to index them itself (<see cref="PostgresDatabaseProvider.DeferSearchIndexAsync"/>).
/// </summary>
internal sealed class ArticleSearchEntry
{
    public long ArticleId { get; set; }

    public NpgsqlTsVector Vector { get; set; } = null!;
}
