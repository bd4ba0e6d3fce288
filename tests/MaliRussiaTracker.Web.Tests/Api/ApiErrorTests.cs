using System.Net;
using System.Text.Json;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Api;

public abstract class ApiErrorTests(DatabaseFixture database) : RunningApp(database)
{
    [Theory]
    [InlineData("/api/articles?from=notadate", "from")]
    [InlineData("/api/articles?take=abc", "take")]
    [InlineData("/api/timeline?to=2025-13-45", "to")]
    [InlineData("/api/actors?skip=ten", "skip")]
    [InlineData("/api/articles?sort=loudest", "sort")]
    public async Task A_parameter_that_does_not_parse_is_a_400_problem_naming_the_field(string address, string field)
    {
        using var response = await Client.GetAsync(address);
        using var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem_not_the_sites_page()
    {
        using var response = await Client.GetAsync("/api/no-such-thing");
        using var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem_that_says_which()
    {
        using var response = await Client.GetAsync("/api/articles/987654");
        // A typed NotFound<ProblemDetails> is written as application/json; its body is the ProblemDetails all the same.
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("There is no article 987654.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_caller_signed_in_as_nobody_gets_a_401_problem()
    {
        using var response = await Anonymous.GetAsync("/api/articles");
        using var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_page_that_does_not_exist_still_shows_the_sites_not_found_page()
    {
        using var response = await Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonDocument> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class ApiErrorTestsOnSqlite(SqliteDatabaseFixture database) : ApiErrorTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ApiErrorTestsOnPostgres(PostgresDatabaseFixture database) : ApiErrorTests(database), IClassFixture<PostgresDatabaseFixture>;
