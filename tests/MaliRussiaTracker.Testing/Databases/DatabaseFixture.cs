using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Postgres;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Data.Sqlite;
using MaliRussiaTracker.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MaliRussiaTracker.Testing.Databases;

/// <summary>
/// A fresh, migrated database for one test class, on one provider. Tests written once against this type
/// run on both providers through a subclass per provider.
/// </summary>
public abstract class DatabaseFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    /// <summary>Every provider the application knows, as the composition roots pass them.</summary>
    public static IDatabaseProvider[] KnownProviders { get; } = [new SqliteDatabaseProvider(), new PostgresDatabaseProvider()];

    public abstract string ProviderName { get; }

    public string ConnectionString { get; protected set; } = "";

    /// <summary>The settings an application instance needs to use this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = ProviderName,
        [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = ConnectionString,
    };

    /// <summary>The application's own data services, wired as the web app wires them.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    public IDbContextFactory<TrackerDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>();

    public TrackerDbContext NewContext() => Contexts.CreateDbContext();

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        _services = BuildServices(Settings);
        if (MigrateOnStart)
            await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        await DropDatabaseAsync();
    }

    /// <summary>Whether the schema is made before the tests run; tests of migrating itself turn it off.</summary>
    protected virtual bool MigrateOnStart => true;

    protected abstract Task CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>
    /// Data and ingestion services as the application builds them, on the given settings;
    /// <paramref name="configure"/> may replace some (a fake clock).
    /// </summary>
    public static ServiceProvider BuildServices(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTrackerData(configuration, KnownProviders);
        services.AddIngestion(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
