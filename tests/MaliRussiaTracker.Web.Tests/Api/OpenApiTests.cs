using System.Text.Json;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Api;

/// <summary>The OpenAPI document against the app's own routes: every /api route is there, with its schemas and its status codes.</summary>
public abstract partial class OpenApiTests(DatabaseFixture database) : RunningApp(database)
{
    private static readonly string[] ErrorsOfAnyRoute = ["400", "401", "403"];
    private static readonly string[] ErrorsOfAnEntry = [.. ErrorsOfAnyRoute, "404"];

    [Fact]
    public async Task Every_api_route_has_a_schema_for_its_answer_and_its_errors()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");
        var problems = new List<string>();

        var routes = ApiRoutes().ToList();
        foreach (var (method, pattern) in routes)
        {
            var path = Constraint().Replace(pattern, "{${name}}");
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out var operation))
            {
                problems.Add($"{method} {path} is not described.");
                continue;
            }

            var responses = operation.GetProperty("responses");
            var success = responses.EnumerateObject().Where(r => r.Name.StartsWith('2')).ToList();
            if (success.Count == 0 || !success.All(r => HasSchema(r.Value)))
                problems.Add($"{method} {path} has no schema for its answer.");
            foreach (var status in pattern.Contains('{', StringComparison.Ordinal) ? ErrorsOfAnEntry : ErrorsOfAnyRoute)
            {
                if (!responses.TryGetProperty(status, out var error) || !HasSchema(error))
                    problems.Add($"{method} {path} does not describe its {status}.");
            }

            if (path.EndsWith(".csv", StringComparison.Ordinal) && !success.Any(r => r.Value.GetProperty("content").TryGetProperty("text/csv", out _)))
                problems.Add($"{method} {path} does not declare text/csv.");
        }

        Assert.Empty(problems);
        Assert.Contains(routes, r => r.Pattern == "/api/articles/{id:long}");
    }

    [Fact]
    public async Task A_detail_answer_names_its_fields_in_the_document()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));

        var ok = json.RootElement.GetProperty("paths").GetProperty("/api/events/{key}").GetProperty("get").GetProperty("responses").GetProperty("200");
        var reference = ok.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);
        Assert.True(schema.GetProperty("properties").TryGetProperty("participants", out _));
    }

    private IEnumerable<(string Method, string Pattern)> ApiRoutes() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + (e.RoutePattern.RawText ?? "").Trim('/')))
            .Where(e => e.Pattern.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.Pattern)));

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));

    [GeneratedRegex(@"\{(?<name>\w+):[^}]+\}")]
    private static partial Regex Constraint();
}

public sealed class OpenApiTestsOnSqlite(SqliteDatabaseFixture database) : OpenApiTests(database), IClassFixture<SqliteDatabaseFixture>;
