using MaliRussiaTracker.Data.Queries.Actors;
using MaliRussiaTracker.Data.Queries.Agreements;
using MaliRussiaTracker.Data.Queries.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// The events, agreements and actors under <c>/api</c>: the lists take the timeline's filters (the query string
/// of <c>/events</c> or <c>/agreements</c> works here as is), the single entries what their pages show.
/// </summary>
internal static class WorldApi
{
    public static RouteGroupBuilder MapWorldApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListEventsAsync).WithSummary("Events in date order with their sources, filtered like the timeline.");
        api.MapGet("/events/{key}", GetEventAsync).WithSummary("One event: date, place, participants, sources, the articles behind it and their quotes.");
        api.MapGet("/agreements", ListAgreementsAsync).WithSummary("Agreements in the order of their first milestone, filtered like the timeline (places do not apply).");
        api.MapGet("/agreements/{key}", GetAgreementAsync).WithSummary("One agreement: parties, milestones in date order with their own sources, the articles behind it.");
        api.MapGet("/actors", ListActorsAsync).WithSummary("Actors with the number of articles that mention them, most cited first, a page at a time with the total: confirmed only unless candidates=true (or only).");
        api.MapGet("/actors/{slug}", GetActorAsync).WithSummary("One actor: names, roles, quotes, events, who appears with them.");
        return api;
    }

    private static async Task<Ok<ApiList<EventRow>>> ListEventsAsync([AsParameters] TimelineParameters filter, EventQuery query, CancellationToken cancellationToken)
    {
        var page = ApiPage.Of(filter.Skip, filter.Take, 100);
        var events = await query.ListAsync(filter.ToFilter(), page.Skip, page.Take, cancellationToken);
        return TypedResults.Ok(page.List(events.Rows, events.Total));
    }

    private static async Task<Results<Ok<EventView>, NotFound<ProblemDetails>>> GetEventAsync(string key, EventQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(key, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiErrors.NotFound($"There is no event '{key}'.");

    private static async Task<Ok<ApiList<AgreementRow>>> ListAgreementsAsync([AsParameters] TimelineParameters filter, AgreementQuery query, CancellationToken cancellationToken)
    {
        var page = ApiPage.Of(filter.Skip, filter.Take, 100);
        var agreements = await query.ListAsync(filter.ToFilter(), page.Skip, page.Take, cancellationToken);
        return TypedResults.Ok(page.List(agreements.Rows, agreements.Total));
    }

    private static async Task<Results<Ok<AgreementView>, NotFound<ProblemDetails>>> GetAgreementAsync(string key, AgreementQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(key, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiErrors.NotFound($"There is no agreement '{key}'.");

    private static async Task<Ok<ApiList<ActorListRow>>> ListActorsAsync([AsParameters] ActorParameters filter, ActorQuery query, CancellationToken cancellationToken)
    {
        var page = ApiPage.Of(filter.Skip, filter.Take, 100);
        var actors = await query.ListAsync(filter.ToFilter(), page.Skip, page.Take, cancellationToken);
        return TypedResults.Ok(page.List(actors.Rows, actors.Total));
    }

    private static async Task<Results<Ok<ActorView>, NotFound<ProblemDetails>>> GetActorAsync(string slug, ActorQuery query, CancellationToken cancellationToken) =>
        await query.GetAsync(slug, cancellationToken) is { } view ? TypedResults.Ok(view) : ApiErrors.NotFound($"There is no actor '{slug}'.");
}

/// <summary>The actor list's filters as query parameters, named as on the page.</summary>
internal sealed record ActorParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "candidates")] string? Candidates,
    [FromQuery(Name = "skip")] int? Skip,
    [FromQuery(Name = "take")] int? Take)
{
    public ActorListFilter ToFilter() => Components.Shared.ActorListQuery.Parse(Q, Kind, Candidates);
}
