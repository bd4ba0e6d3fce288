namespace MaliRussiaTracker.Web.Security;

/// <summary>What every request goes through before any page or endpoint sees it.</summary>
internal static class RequestGuards
{
    /// <summary>
    /// What Blazor Server and MudBlazor need and nothing more: scripts, styles, fonts and the live connection from
    /// this site only; no inline script (Blazor's import map is left out for that); inline styles, which MudBlazor's
    /// components write as style attributes; images from this site or data: URLs (MudBlazor's icons); no frame, no
    /// plug-in, no other base or form target.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The security headers on every answer, pages, API and static files alike (set before anything is written, and
    /// again when an error page is rendered in its place).
    /// </summary>
    public static IApplicationBuilder UseTrackerSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.XFrameOptions = "DENY";
        return next(context);
    });

    /// <summary>
    /// A query string holding a control character (a NUL, which PostgreSQL refuses in text, a line feed that would
    /// split a header) is answered 400 at the door: no search or filter ever carries one, so it is never passed on.
    /// </summary>
    public static IApplicationBuilder UseTrackerRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HasControlCharacter(context.Request.Query))
        {
            const string refusal = "A parameter of this address holds a control character (NUL, line feed, …): refused.";
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            if (Api.ApiErrors.IsApiRequest(context))
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context, ProblemDetails = { Title = "The request is not valid.", Detail = refusal, Status = StatusCodes.Status400BadRequest },
                });
                return;
            }

            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(refusal);
            return;
        }

        await next();
    });

    private static bool HasControlCharacter(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (key.Any(char.IsControl))
                return true;
            foreach (var value in values)
            {
                if (value is not null && value.Any(char.IsControl))
                    return true;
            }
        }

        return false;
    }
}
