using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL without a server.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<TrackerDbContext>();
        new PostgresDatabaseProvider().Configure(builder, "Host=localhost;Database=design_time");
        return new TrackerDbContext(builder.Options);
    }
}
