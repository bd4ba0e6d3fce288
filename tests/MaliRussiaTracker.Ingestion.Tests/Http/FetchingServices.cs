using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Pages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Http;

/// <summary>The fetching services as the app registers them (the real SocketsHttpHandler), with test settings.</summary>
internal sealed class FetchingServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public FetchingServices(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            // Generous: a loaded 2-core machine must not turn a healthy fetch into a time-out.
            ["Ingestion:Fetching:Timeout"] = "00:00:15",
            // The tests' servers listen on loopback, which the fetcher refuses unless allowed; the tests of that
            // refusal set this entry to nothing.
            ["Ingestion:Fetching:AllowedHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in settings)
            values["Ingestion:Fetching:" + key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _provider = new ServiceCollection().AddLogging().AddFetching(configuration).BuildServiceProvider(validateScopes: true);
    }

    public PageFetcher Pages => _provider.GetRequiredService<PageFetcher>();

    public FeedReader Feeds => _provider.GetRequiredService<FeedReader>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose() => _provider.Dispose();
}
