using System.Security.Claims;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// An editor's word on one finding: <c>confirm</c>, <c>reject</c>, or <c>correct</c> with the <c>target</c> (an
/// actor's slug, a place's, an event's or agreement's key), the <c>date</c> (« 2025-04-03 », « 2025-04 ») or the
/// <c>speaker</c> (a slug) or <c>speakerName</c>. <c>version</c> and <c>loadedAt</c> are the article's snapshot as
/// <c>GET /api/articles/{id}/review</c> gave it: a change saved by someone else since is a 409, as on the review page.
/// </summary>
public sealed record FindingDecision(FindingKind? Kind, string? Decision, string? Target, string? Date, string? Speaker, string? SpeakerName, Guid? Version, DateTimeOffset? LoadedAt);

/// <summary>The article's version once the decision is stored: the next decision is made against it.</summary>
public sealed record DecisionSaved(Guid Version);

/// <summary>Nothing was stored: another editor changed the article since it was loaded, and this is what they did.</summary>
public sealed record DecisionConflict(string Detail, IReadOnlyList<AuditRow> Changes);

/// <summary>Review for scripts, with the review page's rules: one transaction, audited, the same conflict check.</summary>
internal static class ReviewApi
{
    public static void MapReviewApi(this RouteGroupBuilder scripts, RouteGroupBuilder api)
    {
        api.MapGet("/articles/{id:long}/review", GetAsync).RequireAuthorization(TrackerPolicies.CanEdit)
            .WithSummary("An article as the review page shows it: its findings with their ids and states, and the snapshot a decision is made against.");
        scripts.MapPost("/articles/{id:long}/findings/{findingId:long}/decision", DecideAsync).RequireAuthorization(TrackerPolicies.CanEdit)
            .WithSummary("Confirms, rejects or corrects one finding; 409 with the other editor's change when the article changed since its snapshot.");
    }

    private static async Task<Results<Ok<ArticleUnderReview>, NotFound<ProblemDetails>>> GetAsync(long id, ArticleReviewQuery reviews, CancellationToken cancellationToken) =>
        await reviews.GetAsync(id, cancellationToken) is { } article ? TypedResults.Ok(article) : ApiErrors.NotFound($"There is no article {id}.");

    private static async Task<Results<Ok<DecisionSaved>, Conflict<DecisionConflict>, NotFound<ProblemDetails>, ValidationProblem>> DecideAsync(
        long id, long findingId, FindingDecision body, ArticleReviewer reviewer, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (body.Version is not { } version || body.LoadedAt is not { } loadedAt)
            return ApiErrors.Invalid("version", "Send the snapshot's version and loadedAt, as GET /api/articles/{id}/review gives them.");
        if (body.Kind is not { } kind)
            return ApiErrors.Invalid("kind", $"Say which kind of finding: {string.Join(", ", Enum.GetNames<FindingKind>())}.");
        if (ToDecision(kind, findingId, body) is not { } decision)
            return ApiErrors.Invalid("decision", "« decision » is confirm, reject or correct; a correction names its target, date or speaker.");
        try
        {
            var outcome = await reviewer.ApplyAsync(new ArticleSnapshot(id, version, loadedAt), [decision], user.Identity!.Name!, cancellationToken);
            return outcome switch
            {
                ReviewConflict conflict => TypedResults.Conflict(new DecisionConflict("The article changed since it was loaded: nothing was stored. Load it again and decide knowing the change.", conflict.Changes)),
                ReviewSaved saved => TypedResults.Ok(new DecisionSaved(saved.Version)),
                _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
            };
        }
        catch (ReviewedArticleMissingException)
        {
            return ApiErrors.NotFound($"There is no article {id}.");
        }
        catch (ReviewDecisionException refused)
        {
            return ApiErrors.Invalid("findingId", refused.Message);
        }
    }

    private static ReviewDecision? ToDecision(FindingKind kind, long findingId, FindingDecision body) => body.Decision?.ToLowerInvariant() switch
    {
        "confirm" => new ConfirmFinding(kind, findingId),
        "reject" => new RejectFinding(kind, findingId),
        "correct" => kind switch
        {
            FindingKind.Date => PartialDate.TryParse(body.Date, out var date, out _) ? new CorrectDate(findingId, date) : null,
            FindingKind.Quote => body.Speaker is not null || body.SpeakerName is not null ? new CorrectSpeaker(findingId, body.Speaker, body.SpeakerName) : null,
            _ => string.IsNullOrWhiteSpace(body.Target) ? null : new CorrectTarget(kind, findingId, body.Target.Trim()),
        },
        _ => null,
    };
}
