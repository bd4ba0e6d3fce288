using Serilog;
using Serilog.Formatting.Compact;

namespace MaliRussiaTracker.Web.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the <c>Serilog</c> section (levels, overrides), written to the console, and as compact JSON
    /// to a file rolled daily when <c>Logging:File:Path</c> is set. The logger belongs to this host: the static
    /// <see cref="Log.Logger"/> is left alone, so two hosts in one process (tests) never write to each other's.
    /// </summary>
    public static WebApplicationBuilder AddTrackerLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        if (builder.Configuration["Logging:File:Path"] is { Length: > 0 } path)
            configuration.WriteTo.File(new CompactJsonFormatter(), path, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
        var logger = configuration.CreateLogger();
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        builder.Services.AddSerilog(logger, dispose: true);
        return builder;
    }

    /// <summary>One structured line per request (method, path, status, time), on this host's logger.</summary>
    public static IApplicationBuilder UseTrackerRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(options => options.Logger = logger);
    }
}
