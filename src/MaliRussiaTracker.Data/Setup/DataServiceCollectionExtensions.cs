using MaliRussiaTracker.Data.Queries;
using MaliRussiaTracker.Data.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Setup;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database chosen by <c>Database:Provider</c> among <paramref name="providers"/>, its context factory,
    /// migrations, seeding and query services. An unknown provider name fails here, at start, naming the known ones.
    /// </summary>
    public static IServiceCollection AddTrackerData(this IServiceCollection services, IConfiguration configuration, params IDatabaseProvider[] providers)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var provider = providers.FirstOrDefault(p => string.Equals(p.Name, options.Provider, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not known. Known providers: {string.Join(", ", providers.Select(p => p.Name))}.");
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = provider.DefaultConnectionString(options);

        services.AddSingleton(options);
        services.AddSingleton(provider);
        services.AddDbContextFactory<TrackerDbContext>(builder =>
        {
            provider.Configure(builder, connectionString);
            // EF Core logs every failed command or save as an error with its trace, before the caller had its say: a
            // conflict the intake settles (another writer's row, a deadlock) is not one. Whoever does not handle a
            // failure logs it itself (the worker, ASP.NET Core, mrt), so nothing is lost at debug here.
            builder.ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug)));
        });
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<WorldSeeder>();
        services.AddSingleton<HomeQuery>();
        services.AddSingleton<Queries.Timeline.TimelineQuery>();
        services.AddSingleton<Queries.Timeline.TimelineChoicesQuery>();
        services.AddOptions<Queries.Articles.ArticleListOptions>().Bind(configuration.GetSection(Queries.Articles.ArticleListOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Queries.Articles.ArticlesQuery>();
        services.AddSingleton<Queries.Articles.ArticleViewQuery>();
        services.AddSingleton<Queries.Actors.ActorQuery>();
        services.AddSingleton<Queries.Admin.ImportBatchesQuery>();
        services.AddSingleton<Queries.Admin.WorkQueueStatusQuery>();
        services.AddSingleton<Review.ReviewQueueQuery>();
        services.AddSingleton<Review.ArticleReviewQuery>();
        services.AddSingleton<Review.ArticleReviewer>();
        services.AddSingleton<Review.WorldChoicesQuery>();
        services.AddSingleton<Auditing.AuditQuery>();
        services.AddSingleton<World.ActorEditor>();
        services.AddSingleton<World.EventEditor>();
        services.AddSingleton<World.AgreementEditor>();
        services.AddSingleton<World.Candidates.CandidateListQuery>();
        services.AddSingleton<World.Candidates.CandidateDecisions>();
        services.AddSingleton<World.WorldEntryCreator>();
        services.AddSingleton<Outlets.OutletEditor>();
        services.AddSingleton<Outlets.OutletQuery>();
        services.AddSingleton<Identity.RoleSeeder>();
        services.AddSingleton<Identity.UserListQuery>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
