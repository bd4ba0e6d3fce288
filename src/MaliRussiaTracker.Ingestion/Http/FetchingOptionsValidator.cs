using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Http;

/// <summary>Names every wrong setting at start, by its configuration key, rather than failing at the first fetch.</summary>
internal sealed class FetchingOptionsValidator : IValidateOptions<FetchingOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchingOptions options)
    {
        var failures = new List<string>();
        const string Section = FetchingOptions.SectionName;
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(10))
            failures.Add($"{Section}:Timeout must be between 00:00:00 and 00:10:00 (found {options.Timeout}).");
        if (options.MaxPageBytes <= 0)
            failures.Add($"{Section}:MaxPageBytes must be positive (found {options.MaxPageBytes}).");
        if (options.MaxFeedBytes <= 0)
            failures.Add($"{Section}:MaxFeedBytes must be positive (found {options.MaxFeedBytes}).");
        if (options.MaxRedirects is < 0 or > 20)
            failures.Add($"{Section}:MaxRedirects must be between 0 and 20 (found {options.MaxRedirects}).");
        if (string.IsNullOrWhiteSpace(options.UserAgent))
            failures.Add($"{Section}:UserAgent must not be empty: some sites refuse requests without one.");
        if (options.ConnectionLifetime <= TimeSpan.Zero)
            failures.Add($"{Section}:ConnectionLifetime must be positive (found {options.ConnectionLifetime}).");
        if (options.MinPollInterval <= TimeSpan.Zero)
            failures.Add($"{Section}:MinPollInterval must be positive (found {options.MinPollInterval}).");
        if (options.MaxBackoff < options.MinPollInterval)
            failures.Add($"{Section}:MaxBackoff must not be shorter than MinPollInterval (found {options.MaxBackoff}).");
        foreach (var entry in options.AllowedHosts)
        {
            if (entry.Contains('/', StringComparison.Ordinal) && !System.Net.IPNetwork.TryParse(entry.Trim(), out _))
                failures.Add($"{Section}:AllowedHosts holds '{entry}', which is neither a host name, an address nor a range such as 10.0.0.0/8.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
