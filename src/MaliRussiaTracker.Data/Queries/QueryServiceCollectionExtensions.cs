using MaliRussiaTracker.Data.Queries.Agreements;
using MaliRussiaTracker.Data.Queries.Events;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Queries;

public static class QueryServiceCollectionExtensions
{
    /// <summary>The query services of the event and agreement pages and of the timeline's chart.</summary>
    public static IServiceCollection AddBrowsingQueries(this IServiceCollection services) => services
        .AddSingleton<EventQuery>()
        .AddSingleton<AgreementQuery>()
        .AddSingleton<ArticlesPerMonthQuery>();
}
