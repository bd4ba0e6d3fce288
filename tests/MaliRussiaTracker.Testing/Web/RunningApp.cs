using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using Xunit;

namespace MaliRussiaTracker.Testing.Web;

/// <summary>
/// A base for tests that read the running application over HTTP: the app starts on the class's database
/// before each test and stops after it. <see cref="Client"/> is signed in through the real sign-in form as a
/// new account with <paramref name="signInAs"/> (an Analyst unless said otherwise; null for none).
/// </summary>
public abstract class RunningApp(DatabaseFixture database, IReadOnlyDictionary<string, string?>? settings = null, string? signInAs = TrackerRoles.Analyst) : IAsyncLifetime
{
    private TrackerWebApplication? _app;
    private HttpClient? _anonymous;
    private HttpClient? _client;
    private readonly List<HttpClient> _others = [];

    /// <summary>A client of the running app, on its loopback address, signed in as the class asked.</summary>
    protected HttpClient Client => _client ?? throw new InvalidOperationException("The app is not started yet, or this class signs nobody in.");

    /// <summary>A client that is signed in as nobody.</summary>
    protected HttpClient Anonymous => _anonymous ?? throw new InvalidOperationException("The app is not started yet.");

    protected TrackerWebApplication App => _app ?? throw new InvalidOperationException("The app is not started yet.");

    protected DatabaseFixture Database => database;

    public async Task InitializeAsync()
    {
        _app = new TrackerWebApplication(database, settings);
        _anonymous = _app.StartAndCreateClient();
        if (signInAs is not null)
            _client = await _app.CreateSignedInClientAsync(signInAs);
    }

    /// <summary>Another client, signed in as a new account with <paramref name="role"/>; disposed with the test.</summary>
    protected async Task<HttpClient> SignedInClientAsync(string role)
    {
        var client = await App.CreateSignedInClientAsync(role);
        _others.Add(client);
        return client;
    }

    /// <summary>A script's client, with a bearer token of a new account with <paramref name="role"/>; disposed with the test.</summary>
    protected async Task<HttpClient> TokenClientAsync(string role)
    {
        var client = await App.CreateTokenClientAsync(role);
        _others.Add(client);
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _others)
            client.Dispose();
        _client?.Dispose();
        _anonymous?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>The demo articles asked for on every provider, so a page shows the same material on both.</summary>
    public static IReadOnlyDictionary<string, string?> WithDemoArticles { get; } = new Dictionary<string, string?> { ["Database:LoadDemoArticles"] = "true" };
}
