using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Setup;

/// <summary>
/// What one database engine brings: how to connect, where its migrations are, and what it needs once the
/// schema is there. Each provider project has one; the composition roots pass the known ones in.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects it.</summary>
    string Name { get; }

    /// <summary>Whether it runs inside the application's process with no server to set up.</summary>
    bool IsEmbedded { get; }

    /// <summary>The connection string to use when the configuration gives none; throws where none can be made up.</summary>
    string DefaultConnectionString(DatabaseOptions options);

    /// <summary>Points EF Core at the engine and at this provider's migrations.</summary>
    void Configure(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>
    /// Holds the schema for this instance alone until disposed, so two instances starting together migrate one
    /// after the other. The context's connection is open and stays open while the lock is held.
    /// </summary>
    Task<IAsyncDisposable> LockSchemaAsync(TrackerDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> items of <paramref name="queue"/> that are due at <paramref name="now"/>,
    /// by moving their due time to <paramref name="leaseUntil"/> in one statement, and returns their ids. Two
    /// instances never claim the same item; one that dies with a claim lets it fall due again when the lease ends.
    /// </summary>
    Task<IReadOnlyList<long>> ClaimDueAsync(TrackerDbContext db, WorkQueue queue, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken);

    /// <summary>The articles whose title or text match what a person typed, by the engine's own full-text search.</summary>
    IQueryable<Core.Domain.Article> SearchArticles(TrackerDbContext db, string text);

    /// <summary>
    /// For each of <paramref name="articleIds"/> (a page of <see cref="SearchArticles"/>' results), a few words of its
    /// text around what <paramref name="text"/> matched, marked as <see cref="Search.SearchSnippet"/> says.
    /// </summary>
    Task<IReadOnlyDictionary<long, string>> SnippetsAsync(TrackerDbContext db, string text, IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// Leaves the articles this transaction adds out of the full-text index, for the writer to index afterwards
    /// with <see cref="IndexForSearchAsync"/>, on another connection, while it goes on. Where the index is kept
    /// within the transaction whatever is asked, it does nothing (and indexing afterwards finds nothing to do).
    /// </summary>
    Task DeferSearchIndexAsync(TrackerDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Puts the given articles in the full-text index, or, with no ids, every article it lacks (those whose writer
    /// deferred them and stopped before indexing them); articles already in it are left as they are. Returns how
    /// many were added.
    /// </summary>
    Task<int> IndexForSearchAsync(TrackerDbContext db, IReadOnlyCollection<long>? articleIds, CancellationToken cancellationToken);

    /// <summary>
    /// Adds new rows of one entity type in the context's current transaction by the engine's fastest road, and
    /// leaves none of them tracked. Their foreign keys must be set (navigations are not read) and their own keys
    /// are not read back: this is for rows nothing else in the same save points to (an article's findings, a
    /// batch's item results). A unique index refusing a row throws <see cref="DbUpdateException"/>, as
    /// SaveChanges would.
    /// </summary>
    Task InsertManyAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class;

    /// <summary>
    /// <see cref="InsertManyAsync"/> for rows that others point to (a chunk's articles, their new stories): each
    /// row's generated key is set on it, as SaveChanges would, so the rows inserted after it can name it.
    /// </summary>
    Task InsertManyWithKeysAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class;

    /// <summary>
    /// Holds an import batch for this importer alone until disposed, by a lock the database (or the system) frees the
    /// moment the importer's process ends, however it ends; null when a live importer holds it already.
    /// </summary>
    Task<IAsyncDisposable?> TryHoldImportAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken);

    /// <summary>Whether a live importer holds the batch (<see cref="TryHoldImportAsync"/>).</summary>
    Task<bool> IsImportHeldAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken);

    /// <summary>Settings that live in the database and must be made once the schema exists (journal mode, …).</summary>
    Task PrepareAsync(TrackerDbContext db, CancellationToken cancellationToken);
}
