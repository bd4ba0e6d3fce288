using System.Net;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Testing.Http;

namespace MaliRussiaTracker.Ingestion.Tests.Http;

public sealed class OutboundAddressTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private const string Page = "<html><head><title>Interne</title></head><body><article><p>Une page que seule la machine peut lire, et qui ne doit jamais être lue par le robot du site.</p></article></body></html>";

    [Fact]
    public async Task A_page_on_a_loopback_address_is_refused_without_a_request_reaching_it()
    {
        _server.Map("/secret", "text/html; charset=utf-8", Page);
        using var services = new FetchingServices(("AllowedHosts:0", ""));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/secret").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.Refused, failed.Failure.Kind);
        Assert.Contains("not a public address", failed.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(_server.ReceivedAt("/secret"));
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_loopback_address_is_refused_when_the_connection_is_made()
    {
        _server.Map("/secret", "text/html; charset=utf-8", Page);
        using var services = new FetchingServices(("AllowedHosts:0", ""));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync($"http://localhost:{_server.BaseUri.Port}/secret", CancellationToken.None));

        Assert.Equal(FetchFailureKind.Refused, failed.Failure.Kind);
        Assert.Contains("localhost resolves to", failed.Failure.Message, StringComparison.Ordinal);
        Assert.Empty(_server.ReceivedAt("/secret"));
    }

    [Fact]
    public async Task A_redirect_from_an_allowed_host_to_a_loopback_address_is_refused()
    {
        _server.Redirect("/public", $"http://127.0.0.1:{_server.BaseUri.Port}/secret");
        _server.Map("/secret", "text/html; charset=utf-8", Page);
        using var services = new FetchingServices(("AllowedHosts:0", "localhost"));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync($"http://localhost:{_server.BaseUri.Port}/public", CancellationToken.None));

        Assert.Equal(FetchFailureKind.Refused, failed.Failure.Kind);
        Assert.Single(_server.ReceivedAt("/public"));
        Assert.Empty(_server.ReceivedAt("/secret"));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/feed")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://172.16.5.4/")]
    [InlineData("http://[fd00::1]/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://0.0.0.0/")]
    public async Task A_private_link_local_or_unique_local_address_is_refused(string url)
    {
        using var services = new FetchingServices(("AllowedHosts:0", ""));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(url, CancellationToken.None));

        Assert.Equal(FetchFailureKind.Refused, failed.Failure.Kind);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.20.30.40", false)]
    [InlineData("100.64.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("192.168.0.10", false)]
    [InlineData("224.0.0.251", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fc00::5", false)]
    [InlineData("ff02::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:7f00:1::", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2a00:1450:4007:80f::200e", true)]
    [InlineData("64:ff9b::5db8:d822", true)]
    public void Only_public_unicast_addresses_are_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, OutboundAddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void An_admin_allows_a_range_or_a_host_by_name()
    {
        var policy = new OutboundAddressPolicy(Microsoft.Extensions.Options.Options.Create(new FetchingOptions { AllowedHosts = ["10.1.0.0/16", "intranet.example"] }));

        Assert.True(policy.Allows(IPAddress.Parse("10.1.2.3")));
        Assert.False(policy.Allows(IPAddress.Parse("10.2.0.1")));
        Assert.True(policy.AllowsHost("INTRANET.example"));
        Assert.Null(policy.RefusalOf(new Uri("http://10.1.9.9/rss")));
        Assert.NotNull(policy.RefusalOf(new Uri("http://169.254.169.254/")));
    }
}
