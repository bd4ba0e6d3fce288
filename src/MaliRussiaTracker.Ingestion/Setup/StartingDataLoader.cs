using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Demo;
using MaliRussiaTracker.Ingestion.Pipeline;

namespace MaliRussiaTracker.Ingestion.Setup;

/// <summary>What seeding did: the world entries added and the demo articles stored.</summary>
public sealed record StartingDataReport(SeedReport World, int DemoArticles);

/// <summary>The starting world, and the demo articles where the configuration (or the embedded default) wants them.</summary>
public sealed class StartingDataLoader(WorldSeeder world, DemoArticleLoader demo, AnalysisEngine engine, DatabaseOptions options, IDatabaseProvider provider)
{
    /// <param name="includeDemoArticles">Overrides the configuration; null follows <c>Database:LoadDemoArticles</c>.</param>
    public async Task<StartingDataReport> LoadAsync(bool? includeDemoArticles, CancellationToken cancellationToken)
    {
        var seeded = await world.SeedAsync(cancellationToken);
        if (seeded.Total > 0)
            engine.Invalidate();
        var loadDemo = includeDemoArticles ?? options.LoadDemoArticles ?? provider.IsEmbedded;
        var demoArticles = loadDemo ? await demo.LoadAsync(cancellationToken) : 0;
        return new StartingDataReport(seeded, demoArticles);
    }
}
