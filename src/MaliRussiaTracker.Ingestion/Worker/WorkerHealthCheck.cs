using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>
/// Degraded while this instance's worker cannot reach the database (and so takes no feed or page), even should the
/// health check's own query get through; healthy otherwise, and when the worker does not run here.
/// </summary>
internal sealed class WorkerHealthCheck(WorkerHeartbeat heartbeat) : IHealthCheck
{
    /// <summary>Failures in a row past which the worker counts as stuck rather than unlucky.</summary>
    public const int StuckAfter = 3;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var beat = heartbeat.Current;
        if (!beat.Running)
            return Task.FromResult(HealthCheckResult.Healthy("The worker does not run in this instance."));
        if (beat.Failures >= StuckAfter)
            return Task.FromResult(HealthCheckResult.Degraded($"The worker has failed to reach the database {beat.Failures} times in a row and takes no feed or page meanwhile."));
        return Task.FromResult(HealthCheckResult.Healthy("The worker takes feeds and pages."));
    }
}
