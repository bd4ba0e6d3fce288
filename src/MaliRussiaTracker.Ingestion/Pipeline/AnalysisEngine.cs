using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.World;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>The engine over the database's world as it was a moment ago.</summary>
public sealed record LoadedEngine(ArticleAnalyzer Analyzer, WorldSnapshot World);

/// <summary>
/// Keeps one engine over the database's world and builds it again when the world may have changed: after
/// <see cref="Invalidate"/> (an editor's change) or once it is older than <see cref="MaxAge"/> (another
/// instance's change). Building it costs a few queries and an index; reading an article costs none.
/// </summary>
public sealed class AnalysisEngine(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock) : IWorldObserver, IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private (LoadedEngine Engine, DateTimeOffset LoadedAt)? _current;

    public async Task<LoadedEngine> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && clock.GetUtcNow() - current.LoadedAt < MaxAge)
            return current.Engine;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < MaxAge)
                return loaded.Engine;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var world = await WorldSnapshot.LoadAsync(db, cancellationToken);
            var engine = new LoadedEngine(new ArticleAnalyzer(world.World, clock), world);
            _current = (engine, clock.GetUtcNow());
            return engine;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>The next article is read against the world as it is then.</summary>
    public void Invalidate() => _current = null;

    void IWorldObserver.WorldChanged() => Invalidate();

    public void Dispose() => _loading.Dispose();
}
