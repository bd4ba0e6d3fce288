using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>
/// Writes new rows with PostgreSQL's binary COPY: one command for thousands of rows, no statement to parse or
/// plan per row, which is what an import of articles with their findings spends most of its database time on.
/// The columns come from the EF Core model (names, value converters, store types, complex collections kept as
/// JSON), so a column a migration adds is written too; computed columns are left to the database, and so is the
/// generated key unless the caller wants to know it, in which case the keys are taken from the key's own
/// sequence first, exactly as an INSERT would have taken them.
/// </summary>
internal static class BinaryCopy
{
    private static readonly ConcurrentDictionary<(IModel, Type, bool), Table> Tables = new();

    public static async Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, bool setKeys, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
            return;
        var table = Tables.GetOrAdd((db.Model, typeof(T), setKeys), key => Table.Of(key.Item1, key.Item2, key.Item3));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (table.Key is { } key)
                await key.ReserveAsync(connection, rows, cancellationToken);
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

    /// <summary>A key the database generates from a sequence (serial or identity), taken ahead for a set of rows.</summary>
    private sealed record GeneratedKey(string Sql, IProperty Property)
    {
        public async Task ReserveAsync<T>(NpgsqlConnection connection, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = rows.Count, NpgsqlDbType = NpgsqlDbType.Integer });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var setter = Property.PropertyInfo ?? throw new NotSupportedException($"The key {Property.Name} has no property to set.");
            foreach (var row in rows)
            {
                if (!await reader.ReadAsync(cancellationToken))
                    throw new InvalidOperationException($"The sequence of {Property.DeclaringType.DisplayName()} gave fewer keys than rows.");
                setter.SetValue(row, Convert.ChangeType(reader.GetInt64(0), Property.ClrType, CultureInfo.InvariantCulture));
            }
        }
    }

    private sealed record Table(string Name, string CopyCommand, IReadOnlyList<Column> Columns, GeneratedKey? Key)
    {
        public static Table Of(IModel model, Type type, bool setKeys)
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of the model.");
            var name = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} has no table.");
            var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
            var qualified = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{name}\"" : $"\"{name}\"";
            var generatedKey = entity.FindPrimaryKey() is { Properties: [{ ValueGenerated: ValueGenerated.OnAdd } key] } ? key : null;
            GeneratedKey? reserved = null;
            if (setKeys)
            {
                if (generatedKey is null)
                    throw new NotSupportedException($"{type.Name} has no key of a single generated column to take ahead.");
                var keyColumn = generatedKey.GetColumnName(store) ?? generatedKey.Name;
                // pg_get_serial_sequence takes the table as SQL would (quoted, so case is kept) and the column as it is named.
                var sql = $"SELECT nextval(pg_get_serial_sequence('{qualified.Replace("'", "''", StringComparison.Ordinal)}', '{keyColumn.Replace("'", "''", StringComparison.Ordinal)}')) FROM generate_series(1, $1)";
                reserved = new GeneratedKey(sql, generatedKey);
            }

            var columns = entity.GetProperties()
                // What SaveChanges would not write on an insert, the bulk road does not write either.
                .Where(p => p.GetComputedColumnSql() is null && p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore && (setKeys || p != generatedKey))
                .Select(p => Describe(p, store))
                .Concat(entity.GetComplexProperties().Select(DescribeJson))
                .ToList();
            return new Table(name, $"COPY {qualified} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", columns, reserved);
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

        // A complex property kept as a JSON document in one column, written as EF Core writes it: each scalar
        // under its JSON name, by its own type mapping's JSON writer, so EF Core reads back what it would have saved.
        private static Column DescribeJson(IComplexProperty complex)
        {
            var type = complex.ComplexType;
            var column = type.GetContainerColumnName()
                ?? throw new NotSupportedException($"{complex.DeclaringType.DisplayName()}.{complex.Name} is not kept as JSON; COPY it with SaveChanges instead.");
            if (type.GetComplexProperties().Any())
                throw new NotSupportedException($"{complex.DeclaringType.DisplayName()}.{complex.Name} nests complex properties; COPY it with SaveChanges instead.");
            if (type.GetProperties().FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
                throw new NotSupportedException($"{complex.Name}.{shadow.Name} is a shadow property; COPY it with SaveChanges instead.");
            var scalars = type.GetProperties()
                .Select(p => (Name: JsonEncodedText.Encode(p.GetJsonPropertyName() ?? p.Name), Getter: p.GetGetter(),
                    Writer: p.GetTypeMapping().JsonValueReaderWriter ?? throw new NotSupportedException($"{p.Name} has no JSON writer.")))
                .ToList();
            var getter = complex.GetGetter();
            var storeType = type.GetContainerColumnType()
                ?? complex.DeclaringType.Model.GetRelationalModel().FindTable(type.GetTableName()!, type.GetSchema())?.FindColumn(column)?.StoreType
                ?? "jsonb";

            void WriteObject(Utf8JsonWriter json, object element)
            {
                json.WriteStartObject();
                foreach (var (name, scalarGetter, writer) in scalars)
                {
                    json.WritePropertyName(name);
                    if (scalarGetter.GetClrValue(element) is { } value)
                        writer.ToJson(json, value);
                    else
                        json.WriteNullValue();
                }

                json.WriteEndObject();
            }

            return new Column(column, storeType, row =>
            {
                if (getter.GetClrValueUsingContainingEntity(row) is not { } value)
                    return null;
                var buffer = new ArrayBufferWriter<byte>();
                using (var json = new Utf8JsonWriter(buffer))
                {
                    if (complex.IsCollection)
                    {
                        json.WriteStartArray();
                        foreach (var element in (IEnumerable)value)
                            WriteObject(json, element);
                        json.WriteEndArray();
                    }
                    else
                    {
                        WriteObject(json, value);
                    }
                }

                return Encoding.UTF8.GetString(buffer.WrittenSpan);
            });
        }
    }
}
