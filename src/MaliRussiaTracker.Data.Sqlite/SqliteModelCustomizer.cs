using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MaliRussiaTracker.Data.Sqlite;

/// <summary>
/// SQLite has no date-time type, and EF Core cannot order or compare DateTimeOffset stored as text there;
/// stored as a number they sort and compare like any other column.
/// </summary>
internal sealed class SqliteModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        var properties = modelBuilder.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?));
        foreach (var property in properties)
            property.SetValueConverter(new DateTimeOffsetToBinaryConverter());
    }
}
