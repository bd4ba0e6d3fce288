using System.Globalization;
using System.Text;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Web.Components.Shared;
using MaliRussiaTracker.Web.Security;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.AspNetCore.Mvc;

namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>, with the same filters as the pages (so a page's query string works on its
/// endpoint), and CSV exports of the same lists. Described at <c>/openapi/v1.json</c>.
/// </summary>
internal static class TrackerApi
{
    private const int MaxPage = 500;
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
        return services.AddOpenApi();
    }

    public static IEndpointRouteBuilder MapTrackerApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().RequireAuthorization(TrackerPolicies.CanRead);
        var api = endpoints.MapGroup("/api").WithTags("Tracker").RequireAuthorization(TrackerPolicies.CanRead);
        api.MapGet("/timeline", GetTimelineAsync).WithSummary("Events and agreement milestones in date order, with their sources.");
        api.MapGet("/timeline.csv", ExportTimelineAsync).WithSummary("The same timeline as CSV.");
        api.MapGet("/articles", GetArticlesAsync).WithSummary("Articles, searched, filtered and sorted, one page at a time.");
        api.MapGet("/articles.csv", ExportArticlesAsync).WithSummary("The same list as CSV.");
        api.MapGet("/articles/{id:long}", GetArticleAsync).WithSummary("One article with what was read in it.");
        api.MapWorldApi();
        return endpoints;
    }

    private static async Task<TimelinePage> GetTimelineAsync([AsParameters] TimelineParameters filter, TimelineQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(filter.ToFilter(), Math.Max(filter.Skip ?? 0, 0), Math.Clamp(filter.Take ?? 100, 1, MaxPage), cancellationToken);

    private static async Task<IResult> ExportTimelineAsync([AsParameters] TimelineParameters filter, TimelineQuery query, CancellationToken cancellationToken)
    {
        var page = await query.GetAsync(filter.ToFilter(), 0, MaxExport, cancellationToken);
        // The voices and marks go after the columns a reader's spreadsheet already knows, so their places do not move.
        var csv = Csv.Of(["date", "kind", "key", "title", "place", "participants", "stories", "outlets", "articles", "single_source", "status",
                "owner_groups", "sole_owner", "reprints", "single_owner", "one_wire"],
            page.Entries.Select(e => new[]
            {
                e.Date.ToString(), e.Kind.ToString().ToLowerInvariant(), e.Key, e.Title, e.Place ?? "", string.Join("; ", e.Participants),
                Number(e.Sources.Stories), Number(e.Sources.Outlets), Number(e.Sources.Articles), YesNo(e.Sources.IsSingleSource), e.Status.ToString().ToLowerInvariant(),
                Number(e.Sources.Voices), e.Sources.SoleVoice ?? "", Number(e.Sources.Reprints), YesNo(e.Sources.IsSingleOwner), YesNo(e.Sources.IsOneWire),
            }));
        return Results.File(csv, "text/csv; charset=utf-8", "timeline.csv");
    }

    private static async Task<ArticleListPage> GetArticlesAsync([AsParameters] ArticleParameters filter, ArticlesQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(filter.ToFilter(), Math.Max(filter.Skip ?? 0, 0), Math.Clamp(filter.Take ?? 50, 1, MaxPage), cancellationToken);

    private static async Task<IResult> ExportArticlesAsync([AsParameters] ArticleParameters filter, ArticlesQuery query, HttpResponse response, CancellationToken cancellationToken)
    {
        var page = await query.GetAsync(filter.ToFilter(), 0, MaxExport, cancellationToken);
        // A CSV has no place for it, so the count goes beside it: whether the file holds every match is the reader's to judge.
        response.Headers[TotalCountHeader] = Number(page.Total);
        response.Headers[TotalIsLowerBoundHeader] = page.TotalIsLowerBound ? "true" : "false";
        var csv = Csv.Of(["id", "main_date", "published", "title", "outlet", "story", "relevant", "outlet_kind"],
            page.Rows.Select(r => new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), r.MainDate?.ToString() ?? "", r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                r.Title ?? "", r.Outlet ?? "", r.StoryKey ?? "", r.IsRelevant switch { true => "yes", false => "no", null => "" },
                r.OutletKind is { } kind ? OutletKindText.Of(kind) : "",
            }));
        return Results.File(csv, "text/csv; charset=utf-8", "articles.csv");
    }

    private static async Task<IResult> GetArticleAsync(long id, ArticleViewQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(id, cancellationToken) is { } view ? Results.Ok(view) : Results.Problem($"There is no article {id}.", statusCode: StatusCodes.Status404NotFound);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";
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

/// <summary>The article list's filters as query parameters, named as on the page.</summary>
internal sealed record ArticleParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "actor")] string[]? Actor,
    [FromQuery(Name = "outlet")] string? Outlet,
    [FromQuery(Name = "from")] DateOnly? From,
    [FromQuery(Name = "to")] DateOnly? To,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "skip")] int? Skip,
    [FromQuery(Name = "take")] int? Take)
{
    public ArticleFilter ToFilter() => new()
    {
        Text = Q, Actors = Actor ?? [], Outlet = Outlet, From = From, To = To,
        Sort = Enum.TryParse<ArticleSort>(Sort, ignoreCase: true, out var sort) ? sort : ArticleSort.Newest,
    };
}

/// <summary>RFC 4180 CSV with a UTF-8 byte-order mark, so a spreadsheet opens the accents right.</summary>
public static class Csv
{
    public static byte[] Of(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Append(text, header);
        foreach (var row in rows)
            Append(text, row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Append(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                text.Append(',');
            var field = fields[i];
            // A field starting with = + - @ would be a formula in a spreadsheet: quoted with a leading apostrophe it stays text.
            if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal))
                field = "'" + field;
            if (field.AsSpan().IndexOfAny("\",\r\n") >= 0)
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else
                text.Append(field);
        }

        text.Append("\r\n");
    }
}
