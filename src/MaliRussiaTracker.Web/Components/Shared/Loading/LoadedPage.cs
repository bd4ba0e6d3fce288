using System.Text.Json;
using MaliRussiaTracker.Core.Domain;
using Microsoft.AspNetCore.Components;

namespace MaliRussiaTracker.Web.Components.Shared.Loading;

/// <summary>
/// A page whose data comes from the database. Prerendering runs its queries for the first HTML; what they returned
/// travels into the live page (persistent component state), so going live does not run them a second time. Every
/// query takes <see cref="Leaving"/>, cancelled when the page goes away, so a page the user gave up on stops
/// loading instead of slowing the next one.
/// </summary>
public abstract class LoadedPage : ComponentBase, IDisposable
{
    // Fields too: the filters' choices are lists of (slug, name) tuples.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { IncludeFields = true, Converters = { new PartialDateJsonConverter() } };

    /// <summary>The largest first message a circuit may send, which carries what prerendering persisted.</summary>
    public const long MaxCircuitMessage = 1024 * 1024;

    // What one page persists at most, as JSON: protected and base64-encoded it grows by about half, and stays well
    // under the circuit's first message. A result past it is not persisted; the live page then asks for it again.
    private const int MostPersisted = 400 * 1024;

    private readonly CancellationTokenSource _leaving = new();
    private int _persistedLength;
    private readonly Dictionary<string, string> _loaded = [];
    private PersistingComponentStateSubscription? _persisting;

    [Inject] private PersistentComponentState State { get; set; } = default!;

    protected CancellationToken Leaving => _leaving.Token;

    /// <summary>
    /// What <paramref name="load"/> returns, or what it returned at prerender under the same key. The key must name
    /// everything the result depends on (the filters, the page), so a restored result is never another view's.
    /// </summary>
    protected async Task<T> LoadAsync<T>(string key, Func<CancellationToken, Task<T>> load)
    {
        key = $"{GetType().Name}:{key}";
        if (State.TryTakeFromJson<string>(key, out var restored) && restored is not null)
            return JsonSerializer.Deserialize<T>(restored, Options)!;

        var value = await load(Leaving);
        if (!RendererInfo.IsInteractive)
        {
            var json = JsonSerializer.Serialize(value, Options);
            if (_persistedLength + json.Length <= MostPersisted)
            {
                _persisting ??= State.RegisterOnPersisting(PersistAsync);
                _loaded[key] = json;
                _persistedLength += json.Length;
            }
        }

        return value;
    }

    private Task PersistAsync()
    {
        foreach (var (key, json) in _loaded)
            State.PersistAsJson(key, json);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        _persisting?.Dispose();
        // Cancelled, not disposed: a query that was already under way reads the token once more as it unwinds.
        _leaving.Cancel();
    }
}
