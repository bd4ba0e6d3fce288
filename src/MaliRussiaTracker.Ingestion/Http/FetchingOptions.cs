namespace MaliRussiaTracker.Ingestion.Http;

/// <summary>How feeds and pages are fetched, from the <c>Ingestion:Fetching</c> section.</summary>
public sealed class FetchingOptions
{
    public const string SectionName = "Ingestion:Fetching";

    /// <summary>The longest one fetch may take, redirects and body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest page accepted, counted after decompression.</summary>
    public long MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest feed accepted, counted after decompression.</summary>
    public long MaxFeedBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxRedirects { get; set; } = 5;

    public string UserAgent { get; set; } = "MaliRussiaTracker/1.0 (press review; feed reader)";

    /// <summary>How long a pooled connection lives, so a site that moves to another address is seen again.</summary>
    public TimeSpan ConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The shortest poll interval honoured: a feed stored with none is not polled in a tight loop.</summary>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Hosts (by name) and addresses or ranges (<c>10.1.2.3</c>, <c>10.0.0.0/8</c>) the worker may fetch from although
    /// they are not public: an intranet's feed. Everything else that is loopback, link-local, private, unique-local or
    /// multicast is refused.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>The longest a failing feed waits before it is tried again.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(24);
}
