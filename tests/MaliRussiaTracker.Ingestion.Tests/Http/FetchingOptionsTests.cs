using MaliRussiaTracker.Ingestion.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Tests.Http;

public sealed class FetchingOptionsTests
{
    [Fact]
    public void Settings_are_read_from_the_Ingestion_Fetching_section()
    {
        using var services = new FetchingServices(("Timeout", "00:00:07"), ("MaxPageBytes", "1234"), ("MaxRedirects", "3"), ("UserAgent", "Test/1.0"));

        var options = services.Get<IOptions<FetchingOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(7), 1234L, 3, "Test/1.0"), (options.Timeout, options.MaxPageBytes, options.MaxRedirects, options.UserAgent));
    }

    [Fact]
    public void Wrong_settings_stop_the_start_naming_each_key()
    {
        using var services = new FetchingServices(("Timeout", "00:00:00"), ("MaxPageBytes", "0"), ("MaxRedirects", "-1"), ("UserAgent", " "));

        var error = Assert.Throws<OptionsValidationException>(() => services.Get<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("Ingestion:Fetching:Timeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Ingestion:Fetching:MaxPageBytes", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Ingestion:Fetching:MaxRedirects", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("Ingestion:Fetching:UserAgent", StringComparison.Ordinal));
    }
}
