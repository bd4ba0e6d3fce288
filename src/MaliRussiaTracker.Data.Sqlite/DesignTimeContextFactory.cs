using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MaliRussiaTracker.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite without starting the app.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TrackerDbContext>();
        new SqliteDatabaseProvider().Configure(builder, "Data Source=design-time.db");
        return new TrackerDbContext(builder.Options);
    }
}
