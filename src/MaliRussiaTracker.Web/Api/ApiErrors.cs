using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// Errors answered to scripts as ProblemDetails (RFC 9457) JSON, never as the site's HTML pages: a bad parameter,
/// an unknown route, a refusal, a failure. Pages keep their own not-found and error pages.
/// </summary>
internal static class ApiErrors
{
    public static bool IsApiRequest(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi");

    public static IServiceCollection AddApiErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ParameterErrorHandler>();
        // A parameter that does not parse is thrown rather than answered with an empty 400, so that the handler
        // can name the field at fault (Development throws already; this makes every environment alike).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>
    /// For <c>/api</c> and <c>/openapi</c>: exceptions and bodiless status codes (404 of an unknown route, 401, 403)
    /// become ProblemDetails. Everything else gets the site's error page (outside Development) and not-found page.
    /// </summary>
    public static void UseTrackerErrorAnswers(this WebApplication app)
    {
        // The pages' handlers stay at the top of the pipeline: re-executing /error or /not-found needs routing to run
        // again, which the framework arranges there and not inside a branch.
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Nearer the endpoints, so they answer first: what they write, the pages' handlers leave alone.
        app.UseWhen(IsApiRequest, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
    }

    public static NotFound<ProblemDetails> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemDetails { Title = "Not found.", Detail = detail, Status = StatusCodes.Status404NotFound });

    /// <summary>A ProblemDetails for a parameter the caller sent wrong, the field named as the caller wrote it.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "A parameter is not valid.");
}

/// <summary>
/// Turns a parameter that failed to bind (<c>?from=notadate</c>, <c>?take=abc</c>) into a 400 ValidationProblem
/// naming the field. The framework's message names the parameter as the code spells it (« Nullable&lt;DateOnly&gt; From »);
/// every query parameter of the API is that name camel-cased, which is what the caller wrote.
/// </summary>
internal sealed partial class ParameterErrorHandler(IProblemDetailsService problems, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
            return false;
        httpContext.Response.StatusCode = bad.StatusCode;
        var match = BoundParameter().Match(bad.Message);
        ProblemDetails problem = match.Success
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [json.Value.SerializerOptions.PropertyNamingPolicy?.ConvertName(match.Groups["name"].Value) ?? match.Groups["name"].Value] =
                    [$"« {match.Groups["value"].Value} » is not a valid {Describe(match.Groups["type"].Value)}."],
            })
            { Title = "A parameter is not valid.", Status = bad.StatusCode }
            : new ProblemDetails { Title = "The request is not valid.", Detail = bad.Message, Status = bad.StatusCode };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string Describe(string type) => type switch
    {
        _ when type.Contains("DateOnly", StringComparison.Ordinal) => "date (yyyy-MM-dd)",
        _ when type.Contains("Int", StringComparison.Ordinal) => "whole number",
        _ when type.Contains("Bool", StringComparison.Ordinal) => "boolean (true or false)",
        _ => "value",
    };

    [GeneratedRegex(@"parameter ""(?<type>[^""]*) (?<name>\w+)"" from ""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex BoundParameter();
}
