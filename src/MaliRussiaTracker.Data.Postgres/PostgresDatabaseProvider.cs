using MaliRussiaTracker.Data.Search;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>PostgreSQL for real deployments; it needs a connection string, there is no sensible default.</summary>
public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    public string Name => "Postgres";

    public bool IsEmbedded => false;

    public string DefaultConnectionString(DatabaseOptions options) => throw new InvalidOperationException(
        $"Database:Provider is {Name} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set; " +
        $"set ConnectionStrings__{DatabaseOptions.ConnectionStringName}=\"Host=…;Port=5432;Database=…;Username=…;Password=…\".");

    public void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabaseProvider).Assembly));
        builder.ReplaceService<IModelCustomizer, PostgresModelCustomizer>();
    }

    /// <summary>
    /// French stemming (« militaires » finds « militaire ») with accents ignored (« Goita » finds « Goïta »), in
    /// the words a person types: quoted phrases, OR, a leading minus to exclude.
    /// </summary>
    public IQueryable<Article> SearchArticles(TrackerDbContext db, string text) =>
        db.Articles.Where(a => EF.Property<NpgsqlTsVector>(a, PostgresModelCustomizer.SearchVector)
            .Matches(EF.Functions.WebSearchToTsQuery("french", EF.Functions.Unaccent(text))));

    /// <summary>
    /// ts_headline over each article's own text (accents as written), read through the unaccenting configuration so
    /// the unaccented query finds its words (SearchHeadlines migration); up to two fragments.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, string>> SnippetsAsync(TrackerDbContext db, string text, IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
            return new Dictionary<long, string>();
        var options = $"StartSel={SearchSnippet.Start}, StopSel={SearchSnippet.End}, MaxWords={SearchSnippet.Words}, MinWords={SearchSnippet.Words / 2}, "
            + "MaxFragments=2, FragmentDelimiter=\" … \"";
        var rows = await db.Database.SqlQuery<SnippetRow>($"""
            SELECT "Id", ts_headline('mrt_french_unaccent', "CleanText", websearch_to_tsquery('french', mrt_unaccent({text})), {options}) AS "Snippet"
            FROM "Articles" WHERE "Id" = ANY({articleIds.ToArray()})
            """).ToListAsync(cancellationToken);
        return rows.Where(r => r.Snippet is { Length: > 0 }).ToDictionary(r => r.Id, r => r.Snippet!);
    }

    /// <summary>
    /// Tells the insert trigger to leave this transaction's new articles without their vector (a setting of the
    /// transaction alone, gone at its end); should the promise to index them afterwards not be kept (a crash), the
    /// next <see cref="IndexForSearchAsync"/> with no ids finds them.
    /// </summary>
    public Task DeferSearchIndexAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync($"SELECT set_config('{DeferSetting}', 'on', true)", cancellationToken);

    // Read by the trigger function mrt_index_article_for_search (SearchIndexedLater migration).
    private const string DeferSetting = "mrt.search_index_later";

    public async Task<int> IndexForSearchAsync(TrackerDbContext db, IReadOnlyCollection<long>? articleIds, CancellationToken cancellationToken)
    {
        if (articleIds is not null)
            return articleIds.Count == 0 ? 0 : await IndexEachWhereAllFailAsync(db, articleIds, cancellationToken);

        // A slice at a time, so a long catch-up commits as it goes; found by the index of waiting articles.
        var indexed = 0;
        while (true)
        {
            var slice = await db.Database.SqlQueryRaw<long>("""
                SELECT "Id" AS "Value" FROM "Articles" WHERE "SearchVector" IS NULL ORDER BY "Id" LIMIT 1000
                """).ToListAsync(cancellationToken);
            if (slice.Count == 0)
                return indexed;
            indexed += await IndexEachWhereAllFailAsync(db, slice, cancellationToken);
        }
    }

    // Only articles still without their vector: one indexed meanwhile (by a catch-up) is not written twice. The
    // function never fails on a text too rich for a tsvector (it indexes less and says so in SearchCoverage); should
    // anything else in one article fail the statement, each article is indexed alone, and one that still fails is
    // left out (an empty vector, NotIndexed) rather than failing every later catch-up with it.
    private static async Task<int> IndexEachWhereAllFailAsync(TrackerDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        try
        {
            return await IndexAsync(db, ids, cancellationToken);
        }
        catch (PostgresException e) when (IsDataError(e))
        {
            var indexed = 0;
            foreach (var id in ids)
            {
                try
                {
                    indexed += await IndexAsync(db, [id], cancellationToken);
                }
                catch (PostgresException alone) when (IsDataError(alone))
                {
                    await db.Database.ExecuteSqlRawAsync("""
                        UPDATE "Articles" SET "SearchVector" = ''::tsvector, "SearchCoverage" = 'NotIndexed'
                        WHERE "SearchVector" IS NULL AND "Id" = {0}
                        """, [id], cancellationToken);
                }
            }

            return indexed;
        }
    }

    private static Task<int> IndexAsync(TrackerDbContext db, IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("""
            UPDATE "Articles" SET ("SearchVector", "SearchCoverage") = (SELECT b.vector, b.coverage FROM mrt_bounded_search_vector("Title", "CleanText") b)
            WHERE "SearchVector" IS NULL AND "Id" = ANY({0})
            """, [ids.ToArray()], cancellationToken);

    // What one row's content can cause (data exceptions, limits), as against the server or the connection failing.
    private static bool IsDataError(PostgresException e) => e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState.StartsWith("54", StringComparison.Ordinal);

    /// <summary>An advisory lock of the session: released on dispose, or by the server if the process dies.</summary>
    public async Task<IAsyncDisposable> LockSchemaAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SchemaLockKey})", cancellationToken);
        return new AdvisoryLock(db);
    }

    // Any constant works as long as nothing else in the database uses it; this one spells "MRT" in ASCII.
    private const long SchemaLockKey = 0x4D5254;

    private sealed class AdvisoryLock(TrackerDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SchemaLockKey})");
    }

    /// <summary>
    /// An advisory lock of a session of its own, on a connection kept out of the pool: closing it, or the importer's
    /// process dying, ends the session and frees the lock at once.
    /// </summary>
    public async Task<IAsyncDisposable?> TryHoldImportAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1, $2)", connection);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = ImportLockClass });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = checked((int)batchId) });
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
                return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async Task<bool> IsImportHeldAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>("""
            SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND classid::bigint = {0} AND objid::bigint = {1}) AS "Value"
            """, ImportLockClass, batchId).SingleAsync(cancellationToken);

    // The two-key form's first key for import batches (the second is the batch's id): "MRB" in ASCII.
    private const int ImportLockClass = 0x4D5242;

    /// <summary>
    /// One UPDATE whose rows come from a SELECT … FOR UPDATE SKIP LOCKED: rows another instance is claiming
    /// are passed over, not waited for, so instances share the work instead of queuing on it.
    /// </summary>
    public async Task<IReadOnlyList<long>> ClaimDueAsync(TrackerDbContext db, WorkQueue queue, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        var (table, due, condition) = WorkQueueSql.Of(queue, "false");
        var sql = $$"""
            UPDATE {{table}} SET {{due}} = {0}
            WHERE "Id" IN (SELECT "Id" FROM {{table}} WHERE {{condition}} AND {{due}} <= {1} ORDER BY {{due}} LIMIT {2} FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """;
        return await db.Database.SqlQueryRaw<long>(sql, leaseUntil, now, max).ToListAsync(cancellationToken);
    }

    /// <summary>Binary COPY: a few thousand rows in one command instead of one INSERT each.</summary>
    public Task InsertManyAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class =>
        BinaryCopy.InsertAsync(db, rows, setKeys: false, cancellationToken);

    /// <summary>Binary COPY too, the keys taken from the key's sequence beforehand in one query.</summary>
    public Task InsertManyWithKeysAsync<T>(TrackerDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class =>
        BinaryCopy.InsertAsync(db, rows, setKeys: true, cancellationToken);

    public Task PrepareAsync(TrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
