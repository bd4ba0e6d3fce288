using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MaliRussiaTracker.Testing.Http;

/// <summary>A request as the loopback server received it, for tests that check what the client sent.</summary>
public sealed record ReceivedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A real Kestrel on 127.0.0.1 and a free port, whose answers each test sets by path, and which records every
/// request it receives. Paths without an answer get 404. Start one per test: nothing is shared between tests.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private LoopbackServer(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseUri { get; }

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    public static async Task<LoopbackServer> StartAsync()
    {
        // The empty builder reads no appsettings and logs nothing: the test's server is only what the test says.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        server = new LoopbackServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Answers requests to <paramref name="path"/> (e.g. "/feed.xml", no query) with <paramref name="handler"/>.</summary>
    public LoopbackServer Map(string path, RequestDelegate handler)
    {
        _routes[path] = handler;
        return this;
    }

    /// <summary>Answers <paramref name="path"/> with a fixed status, content type and body.</summary>
    public LoopbackServer Map(string path, string contentType, string body, int status = StatusCodes.Status200OK) =>
        Map(path, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });

    /// <summary>Answers <paramref name="path"/> with a redirect to <paramref name="location"/> (relative or absolute).</summary>
    public LoopbackServer Redirect(string path, string location, int status = StatusCodes.Status302Found) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public IReadOnlyList<ReceivedRequest> ReceivedAt(string path) => [.. _received.Where(r => r.Path == path)];

    public async ValueTask DisposeAsync()
    {
        // A request still hanging (a time-out test's) is cut after a moment rather than awaited for Kestrel's 30 s.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _received.Enqueue(new ReceivedRequest(request.Path.Value ?? "", request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        if (_routes.TryGetValue(request.Path.Value ?? "", out var handler))
            return handler(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
