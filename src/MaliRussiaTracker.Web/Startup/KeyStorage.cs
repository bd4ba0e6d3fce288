using MaliRussiaTracker.Data.Setup;
using Microsoft.AspNetCore.DataProtection;

namespace MaliRussiaTracker.Web.Startup;

internal static class KeyStorage
{
    /// <summary>
    /// The keys that protect cookies and anti-forgery tokens live in the data folder (a volume in the container),
    /// so a restart or a new image does not sign everyone out or break the forms open in their browsers.
    /// </summary>
    public static IServiceCollection AddKeyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var folder = Directory.CreateDirectory(Path.Combine(options.ResolveDataFolder(), "keys"));
        services.AddDataProtection().SetApplicationName("MaliRussiaTracker").PersistKeysToFileSystem(folder);
        return services;
    }
}
