using MaliRussiaTracker.Testing.Databases;
using Xunit;

namespace MaliRussiaTracker.Testing.Web;

/// <summary>
/// A base for tests that read the running application over HTTP: the app starts on the class's database
/// before each test and stops after it.
/// </summary>
public abstract class RunningApp(DatabaseFixture database, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private TrackerWebApplication? _app;
    private HttpClient? _client;

    /// <summary>A client of the running app, on its loopback address.</summary>
    protected HttpClient Client => _client ?? throw new InvalidOperationException("The app is not started yet.");

    protected DatabaseFixture Database => database;

    public Task InitializeAsync()
    {
        _app = new TrackerWebApplication(database, settings);
        _client = _app.StartAndCreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>The demo articles asked for on every provider, so a page shows the same material on both.</summary>
    public static IReadOnlyDictionary<string, string?> WithDemoArticles { get; } = new Dictionary<string, string?> { ["Database:LoadDemoArticles"] = "true" };
}
