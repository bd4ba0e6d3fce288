using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Ingestion.Demo;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pipeline;
using MaliRussiaTracker.Ingestion.Setup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The intake every article goes through, and the demo set.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BatchLimits>().Bind(configuration.GetSection(BatchLimits.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImportService>();
        services.AddSingleton<AnalysisEngine>();
        services.AddSingleton<StoryCandidates>();
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<DemoArticleLoader>();
        services.AddSingleton<StartingDataLoader>();
        return services;
    }
}
