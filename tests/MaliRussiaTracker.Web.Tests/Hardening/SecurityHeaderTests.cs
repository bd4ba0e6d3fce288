using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Hardening;

public sealed class SecurityHeaderTests(SqliteDatabaseFixture database) : RunningApp(database), IClassFixture<SqliteDatabaseFixture>
{
    [Theory]
    [InlineData("/timeline")]
    [InlineData("/account/signin")]
    [InlineData("/api/articles")]
    [InlineData("/app.css")]
    [InlineData("/favicon.svg")]
    [InlineData("/health")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers_and_no_server_name(string path)
    {
        using var response = await Client.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_page_has_no_inline_script_for_the_policy_to_refuse()
    {
        var html = await Client.GetStringAsync("/timeline");

        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
    }

    [Fact]
    public async Task Over_https_every_cookie_is_secure_the_anti_forgery_one_included()
    {
        using var certificate = SelfSigned();
        await using var app = new TrackerWebApplication(Database, httpsCertificate: certificate);
        using var client = app.StartAndCreateClient();
        Assert.Equal("https", app.RootUri.Scheme);

        using var signIn = await client.GetAsync("/account/signin");
        using var culture = await client.GetAsync("/culture?name=en&back=/");

        var cookies = signIn.Headers.GetValues("Set-Cookie").Concat(culture.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1));
        // Kestrel wants the private key in a form it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
