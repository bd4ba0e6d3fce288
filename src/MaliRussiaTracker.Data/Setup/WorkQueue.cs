namespace MaliRussiaTracker.Data.Setup;

/// <summary>The tables that hold work for the worker, claimed by their due time.</summary>
public enum WorkQueue
{
    /// <summary>Feeds not paused whose next check is due (<c>Feeds.NextCheckAt</c>).</summary>
    Feeds,
    /// <summary>Waiting pages whose next attempt is due (<c>PendingPages.NextAttemptAt</c>).</summary>
    Pages,
}

/// <summary>The SQL each provider fills with its own dialect.</summary>
public static class WorkQueueSql
{
    /// <summary>Table, due column, and the condition (with a provider's boolean literal) that makes a row eligible.</summary>
    public static (string Table, string DueColumn, string Condition) Of(WorkQueue queue, string falseLiteral) => queue switch
    {
        WorkQueue.Feeds => ("\"Feeds\"", "\"NextCheckAt\"", $"\"IsPaused\" = {falseLiteral}"),
        WorkQueue.Pages => ("\"PendingPages\"", "\"NextAttemptAt\"", "\"Status\" = 'Waiting'"),
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Not a work queue."),
    };
}
