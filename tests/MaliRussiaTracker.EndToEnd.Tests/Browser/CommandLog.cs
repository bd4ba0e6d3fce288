using System.Collections.Concurrent;
using System.Data.Common;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.EndToEnd.Tests.Browser;

/// <summary>
/// The parameters of every query the app sends its database, so a test can count the queries that carry a value
/// of its own (a search word no other test uses) and tell how often a page asked for its data.
/// </summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _parameters = new();

    /// <summary>How many queries so far had a parameter containing <paramref name="value"/>.</summary>
    public int Carrying(string value) => _parameters.Count(p => p.Contains(value, StringComparison.Ordinal));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command) =>
        _parameters.Enqueue(string.Join('\u001f', command.Parameters.Cast<DbParameter>().Select(p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>Adds the log to the app's database options.</summary>
    public static void Install(IServiceCollection services)
    {
        var log = new CommandLog();
        services.AddSingleton(log);
        services.ConfigureDbContext<TrackerDbContext>(options => options.AddInterceptors(log));
    }
}
