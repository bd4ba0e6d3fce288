using System.Security.Claims;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Admin;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Web.Api;

/// <summary>The batch's id and name, once its file is safely stored and its import has begun.</summary>
public sealed record ImportStarted(long BatchId, string FileName);

/// <summary>A batch as the import page shows it, with one page of its items' results.</summary>
public sealed record ImportBatchView(ImportBatchRow Batch, ApiList<ImportItemRow> Items);

/// <summary>Batch imports for scripts, with the admin import page's rules: the same formats, limits and progress.</summary>
internal static class ImportApi
{
    public static void MapImportApi(this RouteGroupBuilder scripts, RouteGroupBuilder api)
    {
        scripts.MapPost("/imports", StartAsync).RequireAuthorization(TrackerPolicies.CanAdminister)
            // A script sends no anti-forgery token; the token scheme alone opens this route (ScriptsOnly), so no other site's form can reach it.
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Uploads a batch file (JSONL, CSV or ZIP, in the form field « file ») and starts its import; answers the batch's id.");
        api.MapGet("/imports/{id:long}", GetAsync).RequireAuthorization(TrackerPolicies.CanAdminister)
            .WithSummary("One batch: its state, its counts, and a page of its items' results (outcome=imported, duplicate or rejected narrows them).");
    }

    private static async Task<Results<Accepted<ImportStarted>, ValidationProblem, ProblemHttpResult>> StartAsync(
        IFormFile? file, BatchUploads uploads, IOptions<BatchLimits> limits, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return ApiErrors.Invalid("file", "Send the batch file in the multipart form field « file ».");
        if (file.Length > limits.Value.MaxUploadBytes)
            return TypedResults.Problem($"The file has {file.Length} bytes; an upload has at most {limits.Value.MaxUploadBytes} (Ingestion:Batches:MaxUploadBytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        RunningImport running;
        try
        {
            await using var upload = file.OpenReadStream();
            running = await uploads.StartAsync(upload, file.FileName, user.Identity!.Name!, cancellationToken);
        }
        catch (BatchFileException refused)
        {
            return ApiErrors.Invalid("file", refused.Message);
        }

        await running.Begun.WaitAsync(cancellationToken);
        return running.BatchId is { } batchId
            ? TypedResults.Accepted($"/api/imports/{batchId}", new ImportStarted(batchId, running.FileName))
            : TypedResults.Problem(running.Error, statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<ImportBatchView>, NotFound<ProblemDetails>, ValidationProblem>> GetAsync(
        long id, [FromQuery(Name = "outcome")] string? outcome, [FromQuery(Name = "skip")] int? skip, [FromQuery(Name = "take")] int? take,
        ImportBatchesQuery batches, CancellationToken cancellationToken)
    {
        ImportOutcome? wanted = null;
        if (outcome is not null)
        {
            if (!Enum.TryParse<ImportOutcome>(outcome, ignoreCase: true, out var parsed) || char.IsDigit(outcome[0]))
                return ApiErrors.Invalid("outcome", $"« {outcome} » is not an outcome; known: {string.Join(", ", Enum.GetNames<ImportOutcome>().Select(n => n.ToLowerInvariant()))}.");
            wanted = parsed;
        }

        if (await batches.GetAsync(id, cancellationToken) is not { } batch)
            return ApiErrors.NotFound($"There is no batch {id}.");
        var page = ApiPage.Of(skip, take, 100);
        var items = await batches.ItemsAsync(id, wanted, page.Skip, page.Take, cancellationToken);
        return TypedResults.Ok(new ImportBatchView(batch, page.List(items.Rows, items.Total)));
    }
}
