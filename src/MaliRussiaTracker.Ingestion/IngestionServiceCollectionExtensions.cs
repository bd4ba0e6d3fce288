using System.Net;
using MaliRussiaTracker.Data.World;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Ingestion.Demo;
using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using MaliRussiaTracker.Ingestion.Pipeline;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Ingestion.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The intake every article goes through, batch imports, feeds and pages, and the demo set.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddFetching(configuration);
        services.AddOptions<BatchLimits>().Bind(configuration.GetSection(BatchLimits.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FieldLimits>().Bind(configuration.GetSection(FieldLimits.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImportService>();
        services.AddSingleton<BatchUploads>();
        services.AddSingleton<AnalysisEngine>();
        services.AddSingleton<IWorldObserver>(provider => provider.GetRequiredService<AnalysisEngine>());
        services.AddSingleton<StoryCandidates>();
        services.AddSingleton<ArticleIntake>();
        services.AddSingleton<ArticleSearchIndex>();
        services.AddSingleton<ArticleReanalysis>();
        services.AddSingleton<DemoArticleLoader>();
        services.AddSingleton<OutletBackfill>();
        services.AddSingleton<StartingDataLoader>();
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PageQueue>();
        services.AddSingleton<WorkerHeartbeat>();
        services.AddSingleton<FeedAdministration>();
        services.AddTransient<FeedPoller>();
        services.AddTransient<PageFetchJob>();
        return services;
    }

    /// <summary>The background worker, unless <c>Ingestion:Enabled</c> is false (a web-only instance).</summary>
    public static IServiceCollection AddIngestionWorker(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection(IngestionOptions.Section).GetValue(nameof(IngestionOptions.Enabled), true))
        {
            services.AddHostedService<IngestionWorker>();
            services.AddHealthChecks().AddCheck<WorkerHealthCheck>("worker");
        }

        return services;
    }

    /// <summary>
    /// The HTTP side of ingestion: <see cref="FeedReader"/>, <see cref="PageFetcher"/>, <see cref="FeedSchedule"/>,
    /// with their settings from <c>Ingestion:Fetching</c>, checked at start.
    /// </summary>
    public static IServiceCollection AddFetching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FetchingOptions>().Bind(configuration.GetSection(FetchingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchingOptions>, FetchingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboundAddressPolicy>();

        services.AddHttpClient<HttpDownloader>((provider, client) =>
            {
                // The downloader bounds each fetch itself, redirects included; HttpClient's own clock would cut across it.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", provider.GetRequiredService<IOptions<FetchingOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.All,
                // Followed by the downloader, which counts the hops and sees loops.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = provider.GetRequiredService<IOptions<FetchingOptions>>().Value.ConnectionLifetime,
                // Cookies kept (a bounded jar): some news sites redirect once to set a consent cookie, then back.
                UseCookies = true,
                // Every connection, the first and each redirect's, goes to addresses checked as it is made; a proxy
                // would have the check made on the proxy's address instead of the site's.
                ConnectCallback = provider.GetRequiredService<OutboundAddressPolicy>().ConnectAsync,
                UseProxy = false,
            });

        // Transient, as the typed client they use: a long-lived holder would pin one handler for ever.
        services.AddTransient<FeedReader>();
        services.AddTransient<PageFetcher>();
        services.AddSingleton<HtmlArticleExtractor>();
        services.AddOptions<PageExtractionOptions>().Bind(configuration.GetSection(PageExtractionOptions.Section)).ValidateDataAnnotations()
            .Validate<IOptions<IngestionOptions>>(
                (extraction, ingestion) => extraction.TimeBudget < ingestion.Value.ClaimLease / 2,
                $"{PageExtractionOptions.Section}:TimeBudget must be under half of {IngestionOptions.Section}:ClaimLease, so a page is read well within its claim.")
            .ValidateOnStart();
        services.AddSingleton(provider => new BoundedExtraction(provider.GetRequiredService<IOptions<PageExtractionOptions>>().Value, provider.GetRequiredService<HtmlArticleExtractor>()));
        services.AddSingleton<ExtractorProcesses>();
        services.AddSingleton<FeedSchedule>();
        return services;
    }
}
