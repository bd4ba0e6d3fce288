using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MaliRussiaTracker.Data.Setup;

/// <summary>Healthy when the database answers and its schema is current; says which of the two fails.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<TrackerDbContext> contexts, IDatabaseProvider provider) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = provider.Name };
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return new HealthCheckResult(context.Registration.FailureStatus, $"The {provider.Name} database does not answer.", data: data);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                return HealthCheckResult.Degraded($"The {provider.Name} database lacks {pending.Count} migration(s).", data: data);
            return HealthCheckResult.Healthy($"The {provider.Name} database answers and its schema is current.", data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The {provider.Name} database failed ({e.GetType().Name}; the log has the details).", e, data);
        }
    }
}
