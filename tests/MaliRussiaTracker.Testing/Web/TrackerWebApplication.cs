using System.Net;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Testing.Web;

/// <summary>
/// The real web application on a real Kestrel bound to 127.0.0.1 on a free port, on the given database.
/// It migrates and seeds that database itself, as it does in production.
/// </summary>
public sealed class TrackerWebApplication : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="httpsCertificate">When given, Kestrel answers HTTPS with it instead of plain HTTP.</param>
    /// <param name="services">Replaces some of the app's services (after its own registrations), for a test that watches one.</param>
    public TrackerWebApplication(DatabaseFixture database, IReadOnlyDictionary<string, string?>? extraSettings = null, System.Security.Cryptography.X509Certificates.X509Certificate2? httpsCertificate = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            // Tests sign many accounts in from one address; the limit's own test sets it back.
            ["Access:SignInRateLimit"] = "100000",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;
        _settings = settings;
        _https = httpsCertificate is not null;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen =>
        {
            if (httpsCertificate is not null)
                listen.UseHttps(httpsCertificate);
        }));
    }

    private readonly bool _https;
    private readonly Action<IServiceCollection>? _services;

    /// <summary>A client that trusts the app's own test certificate, for an app started with one.</summary>
    private HttpClientHandler NewHandler(bool cookies) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = cookies,
        CookieContainer = new CookieContainer(),
        ServerCertificateCustomValidationCallback = _https ? HttpClientHandler.DangerousAcceptAnyServerCertificateValidator : null,
    };

    /// <summary>The address Kestrel listens on, once started.</summary>
    public Uri RootUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the server and returns a plain HTTP client pointed at its loopback address.</summary>
    public HttpClient StartAndCreateClient()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        RootUri = new Uri(addresses.First());
        return new HttpClient(NewHandler(cookies: true)) { BaseAddress = RootUri };
    }

    /// <summary>
    /// Makes an account with <paramref name="role"/> in the app's database, as <c>mrt users add</c> does, with a
    /// fresh name and password. A browser test signs in with it on <see cref="SignInForm.Path"/>.
    /// </summary>
    public async Task<TestAccount> CreateUserAsync(string role, string? userName = null)
    {
        var account = new TestAccount(userName ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20], $"pw-{Guid.NewGuid():N}", role);
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(account.UserName, account.Password, role, CancellationToken.None);
        if (!result.Succeeded)
            throw new InvalidOperationException($"The test account {account.UserName} was refused: {string.Join(" ", result.Errors)}");
        return account;
    }

    /// <summary>A client with a cookie jar and no automatic redirects, signed in nowhere yet.</summary>
    public HttpClient CreateCookieClient() =>
        new(NewHandler(cookies: true)) { BaseAddress = RootUri };

    /// <summary>A client signed in through the real sign-in form, as a new account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string role) => await SignInAsync(await CreateUserAsync(role));

    /// <summary>A personal access token for <paramref name="account"/>, made as its token page makes one; valid for 30 days.</summary>
    public async Task<string> CreateTokenAsync(TestAccount account, string name = "test script")
    {
        var tokens = Services.GetRequiredService<ApiTokens>();
        return (await tokens.CreateAsync(account.UserName, name, TimeProvider.System.GetUtcNow().AddDays(30), CancellationToken.None)).Secret;
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token, with no cookie jar: a script.</summary>
    public HttpClient CreateTokenClient(string token)
    {
        var client = new HttpClient(NewHandler(cookies: false)) { BaseAddress = RootUri };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A script's client, with a token of a new account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> CreateTokenClientAsync(string role) => CreateTokenClient(await CreateTokenAsync(await CreateUserAsync(role)));

    /// <summary>A client signed in as <paramref name="account"/> through the real sign-in form; throws if the form refuses it.</summary>
    public async Task<HttpClient> SignInAsync(TestAccount account)
    {
        var client = CreateCookieClient();
        using var response = await SignInForm.SubmitAsync(client, account.UserName, account.Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await response.Content.ReadAsStringAsync();
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {account.UserName} answered {(int)response.StatusCode}: {SignInForm.ErrorShown(page) ?? "no error shown"}.");
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the framework's and MudBlazor's files are served from a published folder, which a
        // test run has not; the build's manifest maps them to where they are, so a real browser gets its scripts.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_services is not null)
            builder.ConfigureTestServices(_services);
    }
}
