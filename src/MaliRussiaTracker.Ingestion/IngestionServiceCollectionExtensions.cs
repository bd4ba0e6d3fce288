using MaliRussiaTracker.Ingestion.Demo;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The intake every article goes through, and the demo set.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<DemoArticleLoader>();
        services.AddSingleton<StartingDataLoader>();
        return services;
    }
}
