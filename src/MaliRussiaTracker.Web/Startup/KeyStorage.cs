using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using Microsoft.AspNetCore.DataProtection;

namespace MaliRussiaTracker.Web.Startup;

internal static class KeyStorage
{
    /// <summary>
    /// The keys that protect cookies and anti-forgery tokens outlive a restart or a new image, so nobody is signed
    /// out and no open form breaks. On PostgreSQL they live in the database, so every instance on it reads the
    /// same keys and a cookie made by one opens the others (decision 0015); on SQLite, which one instance uses,
    /// they stay in the data folder (a volume in the container).
    /// </summary>
    public static IServiceCollection AddKeyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var protection = services.AddDataProtection().SetApplicationName("MaliRussiaTracker");
        if (string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase))
            protection.PersistKeysToDbContext<TrackerDbContext>();
        else
            protection.PersistKeysToFileSystem(Directory.CreateDirectory(Path.Combine(options.ResolveDataFolder(), "keys")));
        return services;
    }
}
