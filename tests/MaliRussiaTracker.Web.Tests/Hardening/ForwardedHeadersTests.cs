using System.Net;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Hardening;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto believed from the proxies ForwardedHeaders names, and from no one else.
/// The tests' client is on the loopback: named, it is the proxy; not named, it is any client sending the headers.
/// </summary>
public sealed class ForwardedHeadersTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task Behind_a_known_proxy_the_clients_scheme_makes_cookies_secure_and_its_address_has_its_own_sign_in_limit()
    {
        await using var app = Start(knownProxy: "127.0.0.1");

        Assert.True(await CookiesAreSecureAsync(app, forwardedProto: "https"));
        Assert.False(await CookiesAreSecureAsync(app, forwardedProto: "http"));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await SignInsFromAsync(app, "203.0.113.7", 3));
        // Another client behind the same proxy is not the first one's neighbour in the limit.
        Assert.Equal([HttpStatusCode.OK], await SignInsFromAsync(app, "203.0.113.8", 1));
    }

    [Fact]
    public async Task From_a_client_that_is_not_a_known_proxy_the_headers_change_nothing()
    {
        await using var app = Start(knownProxy: "10.0.0.5");

        Assert.False(await CookiesAreSecureAsync(app, forwardedProto: "https"));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], await SignInsFromAsync(app, "203.0.113.7", 3));
        // A new address in the header is no way around the limit: the connection's own address counts.
        Assert.Equal([HttpStatusCode.TooManyRequests], await SignInsFromAsync(app, "203.0.113.8", 1));
    }

    private TrackerWebApplication Start(string knownProxy)
    {
        var app = new TrackerWebApplication(database, new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = knownProxy,
            ["Access:SignInRateLimit"] = "2",
            ["Access:SignInRateWindow"] = "00:10:00",
        });
        app.StartAndCreateClient().Dispose();
        return app;
    }

    private static async Task<bool> CookiesAreSecureAsync(TrackerWebApplication app, string forwardedProto)
    {
        using var client = app.CreateCookieClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        using var page = await client.GetAsync(SignInForm.Path);
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        return cookies.All(c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<List<HttpStatusCode>> SignInsFromAsync(TrackerWebApplication app, string address, int attempts)
    {
        using var client = app.CreateCookieClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < attempts; i++)
        {
            using var response = await SignInForm.SubmitAsync(client, $"inconnu-{i}", "pas le bon");
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
