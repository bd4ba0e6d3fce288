using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// Where the database time goes, from outside the application: every command EF Core runs, timed from its start until its
/// results are read, and put under a label by what its SQL touches, and every SaveChanges (change tracking included).
/// </summary>
internal sealed class DatabaseTimings
{
    private readonly ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<DbContext, long> _savingSince = new();
    private readonly ConcurrentDictionary<DbCommand, long> _readingSince = new();

    public IEnumerable<IInterceptor> Interceptors => [new CommandTimer(this), new SaveTimer(this)];

    public IReadOnlyList<(string Label, int Count, TimeSpan Total)> Totals =>
        [.. _tallies.Select(t => (t.Key, t.Value.Count, TimeSpan.FromTicks(t.Value.Ticks))).OrderByDescending(t => t.Item3)];

    private void Add(string label, TimeSpan duration) =>
        _tallies.GetOrAdd(label, _ => new Tally()).Add(duration);

    // The labels name the intake's steps; the SQL is EF Core's, so they match on what it quotes.
    private static string Label(string sql)
    {
        if (sql.StartsWith("UPDATE \"Articles\" SET \"SearchVector\"", StringComparison.Ordinal))
            return "SQL search index (beside the next chunk)";
        if (sql.StartsWith("INSERT", StringComparison.Ordinal) || sql.Contains("\nINSERT", StringComparison.Ordinal) || sql.StartsWith("MERGE", StringComparison.Ordinal))
            return "SQL insert";
        if (sql.StartsWith("UPDATE", StringComparison.Ordinal))
            return "SQL update";
        if (sql.Contains("\"OwnDay\"", StringComparison.Ordinal))
            return "SQL story candidates (by day)";
        if (sql.Contains("\"CanonicalUrl\" = ANY", StringComparison.Ordinal) || sql.Contains("\"ContentHash\" = ANY", StringComparison.Ordinal))
            return "SQL duplicate lookup (url, hash)";
        if (sql.Contains("GROUP BY", StringComparison.Ordinal))
            return "SQL corroboration count";
        if (sql.Contains("FROM \"Events\"", StringComparison.Ordinal) || sql.Contains("FROM \"Agreements\"", StringComparison.Ordinal))
            return "SQL events/agreements load";
        if (sql.Contains("FROM \"Stories\"", StringComparison.Ordinal))
            return "SQL story load";
        if (sql.Contains("FROM \"Actors\"", StringComparison.Ordinal))
            return "SQL candidate actor lookup";
        return "SQL other";
    }

    private sealed class Tally
    {
        private int _count;
        private long _ticks;

        public int Count => _count;

        public long Ticks => Interlocked.Read(ref _ticks);

        public void Add(TimeSpan duration)
        {
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _ticks, duration.Ticks);
        }
    }

    private sealed class CommandTimer(DatabaseTimings timings) : DbCommandInterceptor
    {
        // A reader is timed from its command's start until it is disposed: Npgsql returns it once the first
        // statement of a batch has answered, and the rest of SaveChanges' inserts run while it is read.
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            timings._readingSince[command] = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
        {
            if (timings._readingSince.TryRemove(command, out var since))
                timings.Add(Label(command.CommandText), Stopwatch.GetElapsedTime(since));
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            timings.Add(Label(command.CommandText), eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            timings.Add(Label(command.CommandText), eventData.Duration);
            return ValueTask.FromResult(result);
        }
    }

    private sealed class SaveTimer(DatabaseTimings timings) : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context)
                timings._savingSince[context] = Stopwatch.GetTimestamp();
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } context && timings._savingSince.TryRemove(context, out var since))
                timings.Add("SaveChanges (whole, SQL included)", Stopwatch.GetElapsedTime(since));
            return ValueTask.FromResult(result);
        }
    }
}
