using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Worker;
using MaliRussiaTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MaliRussiaTracker.Web.Api;

/// <summary>A feed to follow: its address, and how often to read it (30 minutes unless said).</summary>
public sealed record NewFeed(string? Url, int? PollMinutes);

/// <summary>A feed paused or resumed.</summary>
public sealed record FeedChange(bool? Paused);

/// <summary>One page to fetch.</summary>
public sealed record NewPage(string? Url);

/// <summary>What became of a page asked for: queued, already waiting, already stored, or refused and why.</summary>
public sealed record PageQueued(string Url, EnqueueOutcome Outcome);

/// <summary>Feeds and pages for scripts, with the admin feed page's rules.</summary>
internal static class FeedApi
{
    public static void MapFeedApi(this RouteGroupBuilder scripts, RouteGroupBuilder api)
    {
        api.MapGet("/feeds", ListAsync).RequireAuthorization(TrackerPolicies.CanAdminister).WithSummary("The feeds followed, with their polling state.");
        scripts.MapPost("/feeds", AddAsync).RequireAuthorization(TrackerPolicies.CanAdminister).WithSummary("Follows a feed; it is read on the worker's next round.");
        scripts.MapPatch("/feeds/{id:long}", ChangeAsync).RequireAuthorization(TrackerPolicies.CanAdminister).WithSummary("Pauses (paused=true) or resumes (paused=false) a feed.");
        scripts.MapPost("/pages", AddPageAsync).RequireAuthorization(TrackerPolicies.CanAdminister).WithSummary("Asks for one page to be fetched, read and stored.");
    }

    private static async Task<Ok<ApiList<FeedRow>>> ListAsync(FeedAdministration feeds, CancellationToken cancellationToken)
    {
        var rows = await feeds.ListAsync(cancellationToken);
        return TypedResults.Ok(new ApiList<FeedRow>(rows, rows.Count, false, 0, rows.Count));
    }

    private static async Task<Results<Created<FeedRow>, ValidationProblem>> AddAsync(NewFeed feed, FeedAdministration feeds, CancellationToken cancellationToken)
    {
        var minutes = feed.PollMinutes ?? 30;
        if (minutes < FeedAdministration.ShortestInterval.TotalMinutes)
            return ApiErrors.Invalid("pollMinutes", $"A feed is read at most every {FeedAdministration.ShortestInterval.TotalMinutes:0} minutes.");
        try
        {
            var id = await feeds.AddAsync(feed.Url ?? "", TimeSpan.FromMinutes(minutes), cancellationToken);
            var row = (await feeds.ListAsync(cancellationToken)).Single(f => f.Id == id);
            return TypedResults.Created($"/api/feeds/{id}", row);
        }
        catch (FeedAdministrationException refused)
        {
            return ApiErrors.Invalid("url", refused.Message);
        }
    }

    private static async Task<Results<Ok<FeedRow>, NotFound<ProblemDetails>, ValidationProblem>> ChangeAsync(long id, FeedChange change, FeedAdministration feeds, CancellationToken cancellationToken)
    {
        if (change.Paused is not { } paused)
            return ApiErrors.Invalid("paused", "Say paused=true to pause the feed, paused=false to resume it.");
        try
        {
            await feeds.SetPausedAsync(id, paused, cancellationToken);
        }
        catch (FeedAdministrationException)
        {
            return ApiErrors.NotFound($"There is no feed {id}.");
        }

        return TypedResults.Ok((await feeds.ListAsync(cancellationToken)).Single(f => f.Id == id));
    }

    private static async Task<Results<Accepted<PageQueued>, Ok<PageQueued>, ValidationProblem>> AddPageAsync(NewPage page, PageQueue pages, CancellationToken cancellationToken)
    {
        var url = (page.Url ?? "").Trim();
        var outcome = await pages.EnqueueAsync(url, null, null, cancellationToken);
        return outcome switch
        {
            EnqueueOutcome.Queued => TypedResults.Accepted((string?)null, new PageQueued(url, outcome)),
            EnqueueOutcome.AlreadyWaiting or EnqueueOutcome.AlreadyStored => TypedResults.Ok(new PageQueued(url, outcome)),
            EnqueueOutcome.TooLong => ApiErrors.Invalid("url", "The address is longer than an article can keep."),
            EnqueueOutcome.Refused => ApiErrors.Invalid("url", $"« {url} » is refused: its host is not a public address (see Ingestion:Fetching:AllowedHosts)."),
            _ => ApiErrors.Invalid("url", $"« {url} » is not an http(s) address."),
        };
    }
}
