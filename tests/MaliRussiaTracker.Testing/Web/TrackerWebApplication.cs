using MaliRussiaTracker.Testing.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Testing.Web;

/// <summary>
/// The real web application on a real Kestrel bound to 127.0.0.1 on a free port, on the given database.
/// It migrates and seeds that database itself, as it does in production.
/// </summary>
public sealed class TrackerWebApplication : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public TrackerWebApplication(DatabaseFixture database, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The address Kestrel listens on, once started.</summary>
    public Uri RootUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the server and returns a plain HTTP client pointed at its loopback address.</summary>
    public HttpClient StartAndCreateClient()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        RootUri = new Uri(addresses.First());
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = RootUri };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the framework's and MudBlazor's files are served from a published folder, which a
        // test run has not; the build's manifest maps them to where they are, so a real browser gets its scripts.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }
}
