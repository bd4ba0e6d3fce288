using System.Net;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Security;

/// <summary>Every route of the running app, tried by an anonymous visitor and by each role.</summary>
public abstract class RouteAccessTests(DatabaseFixture database, IReadOnlyDictionary<string, string?>? settings = null) : RunningApp(database, settings, signInAs: null)
{
    /// <summary>What may be reached without signing in: the probes, the account pages, the error pages, and Blazor's live connection.</summary>
    private static readonly HashSet<string> AnonymousAllowList =
    [
        "/health", "/account/signin", "/account/access-denied", "/error", "/not-found", "/culture",
        "/_blazor", "/_blazor/negotiate", "/_blazor/disconnect", "/_blazor/initializers",
    ];

    /// <summary>The routes there are today and who each is for; a route missing here is still tried, by what its metadata says.</summary>
    private static readonly Dictionary<string, Access> KnownRoutes = new()
    {
        ["/"] = Access.Reader,
        ["/timeline"] = Access.Reader,
        ["/articles"] = Access.Reader,
        ["/articles/{Id:long}"] = Access.Reader,
        ["/actors"] = Access.Reader,
        ["/actors/{Slug}"] = Access.Reader,
        ["/events"] = Access.Reader,
        ["/events/{Key}"] = Access.Reader,
        ["/agreements"] = Access.Reader,
        ["/agreements/{Key}"] = Access.Reader,
        ["/api/events"] = Access.Reader,
        ["/api/events/{key}"] = Access.Reader,
        ["/api/agreements"] = Access.Reader,
        ["/api/agreements/{key}"] = Access.Reader,
        ["/api/actors"] = Access.Reader,
        ["/api/actors/{slug}"] = Access.Reader,
        ["/culture"] = Access.Anyone,
        ["/review"] = Access.Editor,
        ["/review/{Id:long}"] = Access.Editor,
        ["/world/actors/{Slug}"] = Access.Editor,
        ["/world/events/{Key}"] = Access.Editor,
        ["/world/agreements/{Key}"] = Access.Editor,
        ["/admin/imports"] = Access.Admin,
        ["/admin/imports/{Id:long}"] = Access.Admin,
        ["/admin/feeds"] = Access.Admin,
        ["/admin/worker"] = Access.Admin,
        ["/admin/audit"] = Access.Admin,
        ["/admin/users"] = Access.Admin,
        ["/api/timeline"] = Access.Reader,
        ["/api/timeline.csv"] = Access.Reader,
        ["/api/articles"] = Access.Reader,
        ["/api/articles.csv"] = Access.Reader,
        ["/api/articles/{id:long}"] = Access.Reader,
        ["/openapi/{documentName}.json"] = Access.Reader,
        ["/account/signout"] = Access.SignedIn,
        ["/tokens"] = Access.SignedIn,
        ["/account/signin"] = Access.Anyone,
        ["/account/access-denied"] = Access.Anyone,
        ["/health"] = Access.Anyone,
        ["/error"] = Access.Anyone,
        ["/not-found"] = Access.Anyone,
    };

    protected virtual bool PublicReadOnly => false;

    [Fact]
    public void The_routes_known_today_declare_the_access_they_are_meant_to_have()
    {
        var routes = AppRoutes.Of(App.Services);

        foreach (var (pattern, access) in KnownRoutes)
        {
            var declared = routes.Where(r => r.Pattern == pattern).Select(r => r.Declared).Distinct().ToList();
            Assert.True(declared.Count > 0, $"The app has no route {pattern}.");
            Assert.True(declared.SequenceEqual([access]), $"{pattern} declares {string.Join(", ", declared)}, not {access}.");
        }
    }

    [Fact]
    public async Task Every_route_but_the_allow_list_sends_an_anonymous_visitor_to_sign_in_or_answers_401()
    {
        var routes = AppRoutes.Of(App.Services);
        var problems = new List<string>();

        foreach (var route in routes)
        {
            var openToAnonymous = AnonymousAllowList.Contains(route.Pattern) || (PublicReadOnly && route.Declared == Access.Reader);
            if (!openToAnonymous && route.Declared == Access.Anyone)
                problems.Add($"{route} lets anonymous visitors in but is not on the allow-list.");
            using var response = await SendAsync(Anonymous, route);
            var outcome = Outcome(response);
            if (openToAnonymous && outcome != Answer.Allowed)
                problems.Add($"{route}: anonymous visitors should get in, got {outcome} ({(int)response.StatusCode})");
            if (!openToAnonymous && outcome != (route.AnswersWithStatus ? Answer.Unauthorized : Answer.SentToSignIn))
                problems.Add($"{route}: expected a refusal, got {outcome} ({(int)response.StatusCode})");
            if (outcome == Answer.SentToSignIn)
                Assert.Equal(route.Address, ReturnUrl(response));
        }

        Assert.Empty(problems);
        Assert.Contains(routes, r => r.Pattern == "/timeline");
    }

    [Fact]
    public async Task Each_role_reaches_what_its_policy_opens_and_is_refused_the_rest()
    {
        var routes = AppRoutes.Of(App.Services).Where(r => !AnonymousAllowList.Contains(r.Pattern)).ToList();
        var problems = new List<string>();

        foreach (var role in TrackerRoles.All)
        {
            var client = await SignedInClientAsync(role);
            var script = await TokenClientAsync(role);
            foreach (var route in routes)
            {
                var allowed = Level(role) >= Needed(route.Declared);
                using var response = await SendAsync(route.TokenOnly ? script : client, route);
                var outcome = Outcome(response);
                var expected = allowed ? Answer.Allowed : route.AnswersWithStatus ? Answer.Forbidden : Answer.SentToAccessDenied;
                if (outcome != expected)
                    problems.Add($"{role} on {route}: expected {expected}, got {outcome} ({(int)response.StatusCode})");
                if (route.TokenOnly)
                {
                    using var withCookie = await SendAsync(client, route);
                    if (Outcome(withCookie) != Answer.Unauthorized)
                        problems.Add($"{role}'s cookie on {route}: expected {Answer.Unauthorized}, got {Outcome(withCookie)} ({(int)withCookie.StatusCode})");
                }
            }
        }

        Assert.Empty(problems);
    }

    private static int Level(string role) => role switch
    {
        TrackerRoles.Analyst => 1,
        TrackerRoles.Editor => 2,
        TrackerRoles.Admin => 3,
        _ => 0,
    };

    private static int Needed(Access access) => access switch
    {
        Access.Anyone => 0,
        Access.Reader or Access.SignedIn => 1,
        Access.Editor => 2,
        _ => 3,
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, AppRoute route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Address);
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            // An empty body of the type the route reads: the request is refused or answered by the route itself
            // (a 400 for what is missing), never written, and never stopped by routing's 415 before authorization.
            request.Content = route.Accepts switch
            {
                "application/json" => new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
                "multipart/form-data" => new MultipartFormDataContent(),
                _ => new FormUrlEncodedContent([]),
            };
        }
        return await client.SendAsync(request);
    }

    private enum Answer
    {
        Allowed,
        SentToSignIn,
        SentToAccessDenied,
        Unauthorized,
        Forbidden,
    }

    private static Answer Outcome(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => Answer.Unauthorized,
        HttpStatusCode.Forbidden => Answer.Forbidden,
        HttpStatusCode.Redirect when Absolute(response.Headers.Location).AbsolutePath == "/account/signin" => Answer.SentToSignIn,
        HttpStatusCode.Redirect when Absolute(response.Headers.Location).AbsolutePath == "/account/access-denied" => Answer.SentToAccessDenied,
        _ => Answer.Allowed,
    };

    private static Uri Absolute(Uri? location) => location is { IsAbsoluteUri: true } ? location : new Uri(new Uri("http://app/"), location!);

    private static string? ReturnUrl(HttpResponseMessage response) =>
        System.Web.HttpUtility.ParseQueryString(Absolute(response.Headers.Location).Query)["ReturnUrl"];
}

public sealed class RouteAccessTestsOnSqlite(SqliteDatabaseFixture database) : RouteAccessTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class RouteAccessTestsOnPostgres(PostgresDatabaseFixture database) : RouteAccessTests(database), IClassFixture<PostgresDatabaseFixture>;

/// <summary>The same routes with the public read-only mode on: anonymous visitors read, and nothing more.</summary>
public abstract class PublicModeRouteAccessTests(DatabaseFixture database) : RouteAccessTests(database, PublicMode)
{
    public static IReadOnlyDictionary<string, string?> PublicMode { get; } = new Dictionary<string, string?> { ["Access:PublicReadOnly"] = "true" };

    protected override bool PublicReadOnly => true;
}

public sealed class PublicModeRouteAccessTestsOnSqlite(SqliteDatabaseFixture database) : PublicModeRouteAccessTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class PublicModeRouteAccessTestsOnPostgres(PostgresDatabaseFixture database) : PublicModeRouteAccessTests(database), IClassFixture<PostgresDatabaseFixture>;
