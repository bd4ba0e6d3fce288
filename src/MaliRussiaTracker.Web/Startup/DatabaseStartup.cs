using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Setup;

namespace MaliRussiaTracker.Web.Startup;

/// <summary>
/// Brings the database up to date and loads the starting data before the app serves: hosted services start
/// before Kestrel begins to listen, so no request ever meets a schema that is not there yet.
/// </summary>
internal sealed class DatabaseStartup(DatabaseMigrator migrator, StartingDataLoader startingData, RoleSeeder roles) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await startingData.LoadAsync(includeDemoArticles: null, cancellationToken);
        await roles.EnsureRolesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class DatabaseStartupExtensions
{
    public static IServiceCollection AddDatabaseStartup(this IServiceCollection services) => services.AddHostedService<DatabaseStartup>();
}
