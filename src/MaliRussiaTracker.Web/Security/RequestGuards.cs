namespace MaliRussiaTracker.Web.Security;

/// <summary>What every request goes through before any page or endpoint sees it.</summary>
internal static class RequestGuards
{
    /// <summary>
    /// A query string holding a control character (a NUL, which PostgreSQL refuses in text, a line feed that would
    /// split a header) is answered 400 at the door: no search or filter ever carries one, so it is never passed on.
    /// </summary>
    public static IApplicationBuilder UseTrackerRequestGuards(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HasControlCharacter(context.Request.Query))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("A parameter of this address holds a control character (NUL, line feed, …): refused.");
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
