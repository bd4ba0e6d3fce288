using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Demo;
using MaliRussiaTracker.Ingestion.Pipeline;

namespace MaliRussiaTracker.Ingestion.Setup;

/// <summary>What seeding did: the world entries added, the stored articles whose outlet was found, and the demo articles stored.</summary>
public sealed record StartingDataReport(SeedReport World, int DemoArticles, int ArticlesIdentified = 0);

/// <summary>The starting world, and the demo articles where the configuration (or the embedded default) wants them.</summary>
public sealed class StartingDataLoader(WorldSeeder world, DemoArticleLoader demo, AnalysisEngine engine, OutletBackfill outlets, DatabaseOptions options, IDatabaseProvider provider)
{
    /// <param name="includeDemoArticles">Overrides the configuration; null follows <c>Database:LoadDemoArticles</c>.</param>
    public async Task<StartingDataReport> LoadAsync(bool? includeDemoArticles, CancellationToken cancellationToken)
    {
        var seeded = await world.SeedAsync(cancellationToken);
        if (seeded.Total > 0)
            engine.Invalidate();
        // New outlets in the registry (all of them, the first time): the articles stored before them may be theirs.
        // Only then, so a start that adds nothing does not read again every article no outlet claims.
        var identified = seeded.Outlets > 0 ? await outlets.RunAsync(cancellationToken) : 0;
        var loadDemo = includeDemoArticles ?? options.LoadDemoArticles ?? provider.IsEmbedded;
        var demoArticles = loadDemo ? await demo.LoadAsync(cancellationToken) : 0;
        return new StartingDataReport(seeded, demoArticles, identified);
    }
}
