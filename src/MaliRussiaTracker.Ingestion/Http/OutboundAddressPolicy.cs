using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Http;

/// <summary>
/// Which addresses the worker may fetch from: public unicast ones, and the hosts and ranges an admin names in
/// <c>Ingestion:Fetching:AllowedHosts</c>. A feed's entry or a redirect must not make the server read what only it can
/// reach (loopback, link-local and the cloud's metadata service, private and unique-local ranges, multicast).
/// </summary>
public sealed class OutboundAddressPolicy
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _ranges = [];

    public OutboundAddressPolicy(IOptions<FetchingOptions> options)
    {
        foreach (var entry in options.Value.AllowedHosts)
        {
            var value = entry.Trim();
            if (value.Length == 0)
                continue;
            if (IPNetwork.TryParse(value, out var range))
                _ranges.Add(range);
            else if (IPAddress.TryParse(value, out var address))
                _ranges.Add(new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128));
            else
                _hosts.Add(value);
        }
    }

    /// <summary>A host an admin allowed by name: whatever it resolves to is fetched.</summary>
    public bool AllowsHost(string host) => _hosts.Contains(host.Trim('[', ']'));

    public bool Allows(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        return _ranges.Any(r => r.Contains(address)) || IsPublic(address);
    }

    /// <summary>
    /// For an address given by hand (a feed, a page): the reason it will never be fetched, when its host is an IP
    /// address or <c>localhost</c> outside what is allowed; null otherwise (a name is checked when it is resolved).
    /// </summary>
    public string? RefusalOf(Uri url)
    {
        var host = url.IdnHost.Trim('[', ']');
        if (AllowsHost(host))
            return null;
        if (IPAddress.TryParse(host, out var address))
            return Allows(address) ? null : $"{host} is not a public address";
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? $"{host} is this machine" : null;
    }

    private static readonly IPNetwork[] NotPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.88.99.0/24"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"), IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"),
    ];

    private static readonly IPNetwork[] NotPublicV6 =
    [
        IPNetwork.Parse("::/96"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("100::/64"), IPNetwork.Parse("2001::/32"), IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>Public unicast: none of the special-purpose ranges (RFC 6890), IPv4 carried in IPv6 judged as IPv4.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !NotPublicV4.Any(r => r.Contains(address));
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return false;
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        if (SixToFour.Contains(address))
            return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        return !NotPublicV6.Any(r => r.Contains(address));
    }

    /// <summary>
    /// Connects the handler's sockets, refusing a host any of whose addresses is not allowed: checked on the addresses
    /// the connection is made to, so a name that resolved to a public address for a check and to a private one for the
    /// connection (DNS rebinding) is still refused.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!AllowsHost(host) && addresses.FirstOrDefault(a => !Allows(a)) is { } refused)
            throw new OutboundAddressRefusedException(host, refused);

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A fetch refused because its host is, or resolves to, an address the worker may not reach.</summary>
public sealed class OutboundAddressRefusedException(string host, IPAddress address)
    : Exception(host == address.ToString() ? $"{host} is not a public address" : $"{host} resolves to {address}, not a public address")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;
}
