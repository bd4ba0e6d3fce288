using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>The <c>Ingestion</c> section: whether this instance runs the worker, and how.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Off for a web-only instance: feeds and pages are then left to the instances that have it on.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many feeds or pages are fetched at once.</summary>
    [Range(1, 64)]
    public int Consumers { get; set; } = 4;

    /// <summary>How long the worker sleeps when nothing is due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed feed or page stays another instance's; past it, it falls due again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "06:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Fetches of a page before it is given up (kept, marked failed).</summary>
    [Range(1, 100)]
    public int PageAttempts { get; set; } = 6;

    /// <summary>
    /// The longest wait before trying a database that stopped answering again: short, so the worker is back within
    /// seconds of the database (each try is one small query).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxDatabaseRetryDelay { get; set; } = TimeSpan.FromSeconds(3);
}
