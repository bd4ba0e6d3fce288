using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>
/// Writes new rows with PostgreSQL's binary COPY: one command for thousands of rows, no statement to parse or
/// plan per row, which is what an import of articles with their findings spends most of its database time on.
/// The columns come from the EF Core model (names, value converters, store types), so a column a migration
/// adds is written too; the key the database generates and computed columns are left to the database.
/// </summary>
internal static class BinaryCopy
{
    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return;
        var table = Tables.GetOrAdd((db.Model, typeof(T)), key => Table.Of(key.Item1, key.Item2));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var importer = await connection.BeginBinaryImportAsync(table.CopyCommand, cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    if (column.Read(row) is { } value)
                        await importer.WriteAsync(value, column.DataTypeName, cancellationToken);
                    else
                        await importer.WriteNullAsync(cancellationToken);
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation)
        {
            // What SaveChanges would have thrown, so callers that retry on a concurrent writer's row see one exception type.
            throw new DbUpdateException($"COPY into {table.Name} was refused: {e.MessageText}", e);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Column(string Name, string DataTypeName, Func<object, object?> Read);

    private sealed record Table(string Name, string CopyCommand, IReadOnlyList<Column> Columns)
    {
        public static Table Of(IModel model, Type type)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of the model.");
            // A complex property lives in a JSON column that the loop below would not write: refuse rather than lose it.
            if (entity.GetComplexProperties().Any())
                throw new NotSupportedException($"{type.Name} has complex properties; COPY them with SaveChanges instead.");
            var name = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
            var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
            var columns = entity.GetProperties()
                .Where(p => p.GetComputedColumnSql() is null && !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
                .Select(p => Describe(p, store))
                .ToList();
            var qualified = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\"";
            return new Table(name, $"COPY {qualified} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", columns);
        }

        private static Column Describe(IProperty property, StoreObjectIdentifier store)
        {
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var converter = mapping.Converter;
            var getter = property.GetGetter();
            return new Column(property.GetColumnName(store) ?? property.Name, mapping.StoreTypeNameBase, row =>
            {
                var value = getter.GetClrValueUsingContainingEntity(row);
                if (value is not null && converter is not null)
                    value = converter.ConvertToProvider(value);
                // timestamptz takes UTC only; the model's times are instants, so this changes no value.
                return value is DateTimeOffset instant ? instant.ToUniversalTime() : value;
            });
        }
    }
}
