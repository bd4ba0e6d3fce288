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
            var columns = Columns(entity, from.Model.FindEntityType(entity.Name)!, table).ToList();
            var names = columns.Select(c => c.Name).ToList();

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
                    var column = columns[i];
                    // A complex collection kept as JSON is one text column, the same JSON on both.
                    if (column.Target is null)
                        write.Parameters.AddWithValue($"$p{i}", rows.IsDBNull(i) ? DBNull.Value : rows.GetString(i));
                    else
                        write.Parameters.Add(column.Target.CreateParameter(write, $"$p{i}", rows.IsDBNull(i) ? null : ModelValue(rows, i, column.Source!)));
                }

                await write.ExecuteNonQueryAsync();
                copied++;
            }

            if (copied > 0)
                Console.WriteLine($"   {table.Name}: {copied:N0} rows");
        }

        // No ANALYZE after it: the app never runs one, so its planner works without statistics, as timed here.
        await transaction.CommitAsync();
    }

    // A table's columns: its properties, and those of the complex values stored in it (an event's sources), each with
    // its mapping on both providers; a complex collection stored as JSON is one column of text (no mappings).
    private static IEnumerable<Column> Columns(ITypeBase target, ITypeBase source, StoreObjectIdentifier table)
    {
        foreach (var property in target.GetProperties())
        {
            yield return new Column(property.GetColumnName(table)!, (RelationalTypeMapping)property.GetRelationalTypeMapping(),
                (RelationalTypeMapping)source.FindProperty(property.Name)!.GetRelationalTypeMapping());
        }

        foreach (var complex in target.GetComplexProperties())
        {
            if (complex.ComplexType.IsMappedToJson())
            {
                yield return new Column(complex.ComplexType.GetContainerColumnName()!, null, null);
                continue;
            }

            foreach (var column in Columns(complex.ComplexType, source.FindComplexProperty(complex.Name)!.ComplexType, table))
                yield return column;
        }
    }

    private sealed record Column(string Name, RelationalTypeMapping? Target, RelationalTypeMapping? Source);

    // The value as PostgreSQL hands it (the mapping's provider type), then as the model holds it.
    private static object? ModelValue(DbDataReader rows, int ordinal, RelationalTypeMapping mapping)
    {
        var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        var value = GetFieldValue.MakeGenericMethod(Nullable.GetUnderlyingType(stored) ?? stored).Invoke(rows, [ordinal]);
        return mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
    }
}
