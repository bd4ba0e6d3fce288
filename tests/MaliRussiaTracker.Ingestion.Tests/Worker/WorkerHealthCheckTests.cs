using MaliRussiaTracker.Ingestion.Worker;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MaliRussiaTracker.Ingestion.Tests.Worker;

public sealed class WorkerHealthCheckTests
{
    [Fact]
    public async Task A_worker_that_keeps_failing_to_reach_the_database_shows_as_degraded_and_healthy_again_once_it_cycles()
    {
        var heartbeat = new WorkerHeartbeat();
        var check = new WorkerHealthCheck(heartbeat);
        heartbeat.Started();
        for (var i = 0; i < WorkerHealthCheck.StuckAfter; i++)
            heartbeat.Failed("the database did not answer");

        var stuck = await check.CheckHealthAsync(new HealthCheckContext());
        heartbeat.Cycled(TimeProvider.System.GetUtcNow(), 0);
        var back = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, stuck.Status);
        Assert.Contains("takes no feed or page", stuck.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, back.Status);
    }

    [Fact]
    public void A_data_error_is_not_taken_for_an_outage_but_a_connection_that_fails_is()
    {
        Assert.False(IngestionWorker.IsOutage(new FakeDbException(transient: false)));
        Assert.True(IngestionWorker.IsOutage(new FakeDbException(transient: true)));
        Assert.True(IngestionWorker.IsOutage(new TimeoutException()));
    }

    private sealed class FakeDbException(bool transient) : System.Data.Common.DbException("refused")
    {
        public override bool IsTransient => transient;
    }
}
