namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>What this instance's worker last did, for the admins' status page; the work itself is in the database.</summary>
public sealed class WorkerHeartbeat
{
    private readonly Lock _lock = new();
    private WorkerBeat _beat = new(false, null, 0, 0, null);

    public WorkerBeat Current
    {
        get
        {
            lock (_lock)
                return _beat;
        }
    }

    internal void Started() => Update(b => b with { Running = true });

    internal void Stopped() => Update(b => b with { Running = false });

    internal void Cycled(DateTimeOffset at, int claimed) => Update(b => b with { LastCycleAt = at, LastClaimed = claimed, Failures = 0, LastError = null });

    internal void Failed(string error) => Update(b => b with { Failures = b.Failures + 1, LastError = error });

    private void Update(Func<WorkerBeat, WorkerBeat> change)
    {
        lock (_lock)
            _beat = change(_beat);
    }
}

/// <param name="Running">Whether the worker runs in this instance (<c>Ingestion:Enabled</c>).</param>
/// <param name="LastCycleAt">When it last looked for due feeds and pages.</param>
/// <param name="LastClaimed">How many it took then.</param>
/// <param name="Failures">Database failures in a row; the worker waits longer after each.</param>
public sealed record WorkerBeat(bool Running, DateTimeOffset? LastCycleAt, int LastClaimed, int Failures, string? LastError);
