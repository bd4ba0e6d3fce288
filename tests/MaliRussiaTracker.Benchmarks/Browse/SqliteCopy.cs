using System.Data.Common;
using System.Reflection;
using MaliRussiaTracker.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>
/// The filled PostgreSQL database copied into a migrated, empty SQLite file, every table of the model, row by row in
/// one transaction. Each value goes through both providers' mappings (read as PostgreSQL stores it, turned back into
/// the model's value, written as SQLite stores it: dates as numbers, enums as text), so the file is the one the app
/// itself would have written, and its FTS5 triggers index every article as it comes in.
/// </summary>
internal static class SqliteCopy
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;

    public static async Task RunAsync(TrackerDbContext from, TrackerDbContext to)
    {
        var source = (NpgsqlConnection)from.Database.GetDbConnection();
        await source.OpenAsync();
        var target = (SqliteConnection)to.Database.GetDbConnection();
        await target.OpenAsync();
        // Tables in any order: the keys were checked where the rows were made.
        await using (var pragma = target.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await target.BeginTransactionAsync();
        foreach (var entity in to.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindPrimaryKey() is not null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sourceEntity = from.Model.FindEntityType(entity.Name)!;
            var columns = entity.GetProperties().Select(p => (Name: p.GetColumnName(table)!, Target: (RelationalTypeMapping)p.GetRelationalTypeMapping(),
                Source: (RelationalTypeMapping)sourceEntity.FindProperty(p.Name)!.GetRelationalTypeMapping())).ToList();
            // A complex collection kept as JSON is one text column, the same JSON on both.
            var json = entity.GetComplexProperties().Select(c => c.ComplexType.GetContainerColumnName()).OfType<string>().Distinct().ToList();
            var names = columns.Select(c => c.Name).Concat(json).ToList();

            await using var read = new NpgsqlCommand($"SELECT {string.Join(", ", names.Select(n => $"\"{n}\""))} FROM \"{table.Name}\"", source) { CommandTimeout = 0 };
            await using var rows = await read.ExecuteReaderAsync();
            await using var write = target.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
            var copied = 0L;
            while (await rows.ReadAsync())
            {
                write.Parameters.Clear();
                for (var i = 0; i < columns.Count; i++)
                {
                    var (_, targetMapping, sourceMapping) = columns[i];
                    write.Parameters.Add(targetMapping.CreateParameter(write, $"$p{i}", rows.IsDBNull(i) ? null : ModelValue(rows, i, sourceMapping)));
                }

                for (var j = 0; j < json.Count; j++)
                    write.Parameters.AddWithValue($"$p{columns.Count + j}", rows.IsDBNull(columns.Count + j) ? DBNull.Value : rows.GetString(columns.Count + j));
                await write.ExecuteNonQueryAsync();
                copied++;
            }

            if (copied > 0)
                Console.WriteLine($"   {table.Name}: {copied:N0} rows");
        }

        // No ANALYZE after it: the app never runs one, so its planner works without statistics, as timed here.
        await transaction.CommitAsync();
    }

    // The value as PostgreSQL hands it (the mapping's provider type), then as the model holds it.
    private static object? ModelValue(DbDataReader rows, int ordinal, RelationalTypeMapping mapping)
    {
        var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        var value = GetFieldValue.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored).Invoke(rows, [ordinal]);
        return mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
    }
}
