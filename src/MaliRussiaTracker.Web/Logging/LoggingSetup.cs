using Serilog;
using Serilog.Formatting.Compact;

namespace MaliRussiaTracker.Web.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section (levels, overrides), written to the console, and as compact JSON
    /// to a file rolled daily when <c>Logging:File:Path</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            if (builder.Configuration["Logging:File:Path"] is { Length: > 0 } path)
                logger.WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        });
        return builder;
    }
}
