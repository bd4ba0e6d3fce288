using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Search;
using MaliRussiaTracker.Data.Setup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MaliRussiaTracker.Data.Sqlite;

/// <summary>The embedded default: one file under the data folder, created on first run.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    public string Name => "Sqlite";

    public bool IsEmbedded => true;

    public string DefaultConnectionString(DatabaseOptions options) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(options.ResolveDataFolder(), "tracker.db"),
        ForeignKeys = true,
        // Seconds a writer waits for another's lock before giving up: the web app and the CLI may write at once.
        DefaultTimeout = 30,
    }.ToString();

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null)
            Directory.CreateDirectory(folder);

        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly));
        builder.ReplaceService<IModelCustomizer, SqliteModelCustomizer>();
    }

    /// <summary>
    /// A lock file beside the database, held open without sharing: the system lets it go when the importer's process
    /// ends, however it ends. SQLite has no lock of a session that outlives a transaction.
    /// </summary>
    public Task<IAsyncDisposable?> TryHoldImportAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<IAsyncDisposable?>(new FileStream(ImportLockPath(db, batchId), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    public async Task<bool> IsImportHeldAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken)
    {
        if (await TryHoldImportAsync(db, batchId, cancellationToken) is not { } probe)
            return true;
        await probe.DisposeAsync();
        return false;
    }

    private static string ImportLockPath(TrackerDbContext db, long batchId)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        var folder = Path.Combine(Path.GetDirectoryName(file)!, "import-locks");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Path.GetFileName(file)}-batch-{batchId}.lock");
    }

    /// <summary>SQLite lets one writer at a time in, and EF Core's migration lock covers the rest.</summary>
    public Task<IAsyncDisposable> LockSchemaAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>SQLite runs one writer at a time, so a single UPDATE … RETURNING is already a claim nobody shares.</summary>
    public async Task<IReadOnlyList<long>> ClaimDueAsync(TrackerDbContext db, WorkQueue queue, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        var (table, due, condition) = WorkQueueSql.Of(queue, "0");
        // The model stores DateTimeOffset as numbers here (SqliteModelCustomizer); the parameters must match.
        var stored = new DateTimeOffsetToBinaryConverter();
        var sql = $$"""
            UPDATE {{table}} SET {{due}} = {0}
            WHERE "Id" IN (SELECT "Id" FROM {{table}} WHERE {{condition}} AND {{due}} <= {1} ORDER BY {{due}} LIMIT {2})
            RETURNING "Id" AS "Value"
            """;
        return await db.Database.SqlQueryRaw<long>(sql, stored.ConvertToProvider(leaseUntil)!, stored.ConvertToProvider(now)!, max).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// SQLite's FTS5 index of titles and texts (a table the migrations made, kept by triggers), with accents
    /// removed by its tokenizer: each word typed must start a word of the article (« militair » finds both
    /// « militaire » and « militaires »); there is no French stemming here.
    /// </summary>
    public IQueryable<Article> SearchArticles(TrackerDbContext db, string text)
    {
        var match = Fts5Query.From(text);
        if (match is null)
            return db.Articles.Where(_ => false);
        var ids = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM \"ArticleSearch\" WHERE \"ArticleSearch\" MATCH {match}");
        return db.Articles.Where(a => ids.Contains(a.Id));
    }

    /// <summary>
    /// FTS5's snippet() over the text column; the ids are numbers written into the statement (never text someone
    /// typed), so the match runs on this page's rows only, not on every article the words find.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, string>> SnippetsAsync(TrackerDbContext db, string text, IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        if (Fts5Query.From(text) is not { } match || articleIds.Count == 0)
            return new Dictionary<long, string>();
        var ids = string.Join(',', articleIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $$"""
            SELECT rowid AS "Id", snippet("ArticleSearch", 1, {1}, {2}, '…', {{SearchSnippet.Words}}) AS "Snippet"
            FROM "ArticleSearch" WHERE "ArticleSearch" MATCH {0} AND rowid IN ({{ids}})
            """;
        var rows = await db.Database.SqlQueryRaw<SnippetRow>(sql, match, SearchSnippet.Start.ToString(), SearchSnippet.End.ToString()).ToListAsync(cancellationToken);
        return rows.Where(r => r.Snippet is { Length: > 0 }).ToDictionary(r => r.Id, r => r.Snippet!);
    }

    /// <summary>The FTS5 triggers index each article in the transaction that adds it; nothing can be put off.</summary>
    public Task DeferSearchIndexAsync(TrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> IndexForSearchAsync(TrackerDbContext db, IReadOnlyCollection<long>? articleIds, CancellationToken cancellationToken) =>
        Task.FromResult(0);

    /// <summary>
    /// SQLite is embedded: an insert costs no round trip, so EF Core's own batched inserts are as good as any,
    /// with change detection off (the rows are new, nothing to compare) and the rows let go once saved.
    /// </summary>
    public async Task InsertManyAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return;
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Set<T>().AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var row in rows)
                db.Entry(row).State = EntityState.Detached;
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>The same road: SaveChanges sets the keys SQLite gives the rows.</summary>
    public Task InsertManyWithKeysAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class =>
        InsertManyAsync(db, rows, cancellationToken);

    public async Task PrepareAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        // WAL lets the web app read while the worker writes; the mode is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
