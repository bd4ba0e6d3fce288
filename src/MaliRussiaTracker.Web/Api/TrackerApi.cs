using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Web.Components.Shared;
using MaliRussiaTracker.Web.Security;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>, with the same filters as the pages (so a page's query string works on its
/// endpoint), and CSV exports of the same lists. Described at <c>/openapi/v1.json</c>: every handler returns a
/// typed result, so each route's schemas and status codes are there.
/// </summary>
internal static class TrackerApi
{
    private const int MaxExport = 10_000;
    private const string TotalCountHeader = "X-Total-Count";
    private const string TotalIsLowerBoundHeader = "X-Total-Is-Lower-Bound";

    public static IServiceCollection AddTrackerApi(this IServiceCollection services)
    {
        // Dates go out as the ISO text the rest of the product speaks: « 2025-11-11/2025-11-14 », « 2025-04 ».
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new PartialDateJsonConverter());
            // « Confirmed », « Candidate » read better than 0 and 1, and survive a reordering of the enum.
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        return services.AddApiErrors().AddOpenApi();
    }

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().RequireAuthorization(TrackerPolicies.CanRead);
        var api = endpoints.MapGroup("/api").WithTags("Tracker").RequireAuthorization(TrackerPolicies.CanRead)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/timeline", GetTimelineAsync).WithSummary("Events and agreement milestones in date order, with their sources.");
        api.MapGet("/timeline.csv", ExportTimelineAsync).Produces<string>(StatusCodes.Status200OK, Csv.ContentType).WithSummary("The same timeline as CSV.");
        api.MapGet("/articles", GetArticlesAsync).WithSummary("Articles, searched, filtered and sorted, one page at a time.");
        api.MapGet("/articles.csv", ExportArticlesAsync).Produces<string>(StatusCodes.Status200OK, Csv.ContentType).WithSummary("The same list as CSV.");
        api.MapGet("/articles/{id:long}", GetArticleAsync).WithSummary("One article with what was read in it.");
        api.MapWorldApi();
        // Writes come from scripts, with a token only: the browser writes through the pages, whose forms carry the
        // anti-forgery token, so no other site's page can make a signed-in browser write through the API.
        var scripts = api.MapGroup("").RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiTokenAuthentication.SchemeName })
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        scripts.MapImportApi(api);
        scripts.MapFeedApi(api);
        scripts.MapReviewApi(api);
        return endpoints;
    }

    private static async Task<Ok<ApiList<TimelineEntry>>> GetTimelineAsync([AsParameters] TimelineParameters filter, TimelineQuery query, CancellationToken cancellationToken)
    {
        var page = ApiPage.Of(filter.Skip, filter.Take, 100);
        var timeline = await query.GetAsync(filter.ToFilter(), page.Skip, page.Take, cancellationToken);
        return TypedResults.Ok(page.List(timeline.Entries, timeline.Total));
    }

    private static async Task<FileContentHttpResult> ExportTimelineAsync([AsParameters] TimelineParameters filter, TimelineQuery query, CancellationToken cancellationToken)
    {
        var page = await query.GetAsync(filter.ToFilter(), 0, MaxExport, cancellationToken);
        return Csv.File("timeline.csv", page.Entries.Select(e => new TimelineCsvRow(e)));
    }

    private static async Task<Results<Ok<ApiList<ArticleRow>>, ValidationProblem>> GetArticlesAsync([AsParameters] ArticleParameters filter, ArticlesQuery query, CancellationToken cancellationToken)
    {
        if (filter.SortError() is { } invalid)
            return invalid;
        var page = ApiPage.Of(filter.Skip, filter.Take, 50);
        var articles = await query.GetAsync(filter.ToFilter(), page.Skip, page.Take, cancellationToken);
        return TypedResults.Ok(page.List(articles.Rows, articles.Total, articles.TotalIsLowerBound));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportArticlesAsync([AsParameters] ArticleParameters filter, ArticlesQuery query, HttpResponse response, CancellationToken cancellationToken)
    {
        if (filter.SortError() is { } invalid)
            return invalid;
        var page = await query.GetAsync(filter.ToFilter(), 0, MaxExport, cancellationToken);
        // A CSV has no place for it, so the count goes beside it: whether the file holds every match is the reader's to judge.
        response.Headers[TotalCountHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers[TotalIsLowerBoundHeader] = page.TotalIsLowerBound ? "true" : "false";
        return Csv.File("articles.csv", page.Rows.Select(r => new ArticleCsvRow(r)));
    }

    private static async Task<Results<Ok<ArticleView>, NotFound<ProblemDetails>>> GetArticleAsync(long id, ArticleViewQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiErrors.NotFound($"There is no article {id}.");
}

/// <summary>
/// The timeline's filters as query parameters, named as on the page; confirmed entries only unless <c>candidates=true</c>.
/// <c>owner</c>, <c>kind</c>, <c>without-owner</c> and <c>without-kind</c> set articles aside by their outlet, and the
/// entries' sources are then counted from the other articles alone.
/// </summary>
internal sealed record TimelineParameters(
    [FromQuery(Name = "actor")] string[]? Actor,
    [FromQuery(Name = "place")] string[]? Place,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "outlet")] string? Outlet,
    [FromQuery(Name = "candidates")] bool? Candidates,
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "order")] string? Order,
    [FromQuery(Name = "owner")] string? Owner,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "without-owner")] string[]? WithoutOwner,
    [FromQuery(Name = "without-kind")] string[]? WithoutKind,
    [FromQuery(Name = "skip")] int? Skip,
    [FromQuery(Name = "take")] int? Take)
{
    // Parsed as the pages parse them, so a page's query string gives the same entries here.
    public TimelineFilter ToFilter() =>
        TimelineFilterQuery.Parse(Actor, Place, null, null, Outlet, Candidates, Q, Order, Owner, Kind, WithoutOwner, WithoutKind) with { From = From, To = To };
}

/// <summary>The article list's filters as query parameters, named as on the page; <c>sort</c> is newest, oldest, title or outlet.</summary>
internal sealed record ArticleParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "actor")] string[]? Actor,
    [FromQuery(Name = "outlet")] string? Outlet,
    [FromQuery(Name = "story")] string? Story,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "skip")] int? Skip,
    [FromQuery(Name = "take")] int? Take)
{
    private ArticleSort? ParsedSort => Sort is null ? ArticleSort.Newest
        : Enum.TryParse<ArticleSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) && !char.IsDigit(Sort[0]) ? sort : null;

    /// <summary>A sort the list does not know is refused rather than silently read as « newest ».</summary>
    public ValidationProblem? SortError() => ParsedSort is null
        ? ApiErrors.Invalid("sort", $"« {Sort} » is not a sort; known: {string.Join(", ", Enum.GetNames<ArticleSort>().Select(n => n.ToLowerInvariant()))}.")
        : null;

    public ArticleFilter ToFilter() => new()
    {
        Text = Q, Actors = Actor ?? [], Outlet = Outlet, Story = Story, From = From, To = To, Sort = ParsedSort ?? ArticleSort.Newest,
    };
}
