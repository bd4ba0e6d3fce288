using Npgsql;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>
/// What makes a bulk fill take minutes rather than an hour: the tables' secondary indexes and foreign keys
/// are dropped before the binary COPY and made again after it, each index built once over all its rows
/// instead of row by row, each foreign key checked with one join instead of a lookup per row.
/// </summary>
internal sealed class BulkLoad
{
    private readonly List<string> _indexes = [];
    private readonly List<string> _foreignKeys = [];

    public static async Task<BulkLoad> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables)
    {
        var load = new BulkLoad();
        var names = tables.ToArray();
        await using (var read = new NpgsqlCommand(
            """
            SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)), format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname)
            FROM pg_constraint c WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY(@tables) OR c.conrelid::regclass::text = ANY(@quoted))
            """, connection))
        {
            read.Parameters.AddWithValue("tables", names);
            read.Parameters.AddWithValue("quoted", names.Select(t => $"\"{t}\"").ToArray());
            await using var rows = await read.ExecuteReaderAsync();
            while (await rows.ReadAsync())
                load._foreignKeys.Add(rows.GetString(0) + "\n" + rows.GetString(1));
        }

        await using (var read = new NpgsqlCommand(
            """
            SELECT i.indexdef, format('DROP INDEX %I', i.indexname) FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
            """, connection))
        {
            read.Parameters.AddWithValue("tables", names);
            await using var rows = await read.ExecuteReaderAsync();
            while (await rows.ReadAsync())
                load._indexes.Add(rows.GetString(0) + "\n" + rows.GetString(1));
        }

        foreach (var statement in load._foreignKeys.Concat(load._indexes))
            await ExecuteAsync(connection, statement.Split('\n')[1]);
        return load;
    }

    /// <summary>Makes the indexes again, a few at a time on their own connections, then the foreign keys.</summary>
    public async Task RestoreAsync(string connectionString, int parallel)
    {
        var queue = new Queue<string>(_indexes.Select(s => s.Split('\n')[0]).OrderByDescending(s => s.Contains("gin", StringComparison.OrdinalIgnoreCase)));
        var workers = Enumerable.Range(0, parallel).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await ExecuteAsync(connection, "SET maintenance_work_mem = '512MB'");
            while (true)
            {
                string statement;
                lock (queue)
                {
                    if (queue.Count == 0)
                        return;
                    statement = queue.Dequeue();
                }

                await ExecuteAsync(connection, statement);
            }
        });
        await Task.WhenAll(workers);

        await using var keys = new NpgsqlConnection(connectionString);
        await keys.OpenAsync();
        foreach (var statement in _foreignKeys)
            await ExecuteAsync(keys, statement.Split('\n')[0]);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
