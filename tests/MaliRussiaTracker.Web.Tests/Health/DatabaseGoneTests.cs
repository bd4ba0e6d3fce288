using System.Net;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Health;

public sealed class DatabaseGoneTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Health_turns_unhealthy_with_a_reason_when_the_database_goes_away()
    {
        await using var app = new TrackerWebApplication(database);
        using var client = app.StartAndCreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await database.DropNowAsync();
        using var response = await client.GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("{\"status\":\"Unhealthy\"", body, StringComparison.Ordinal);
        Assert.Contains("Postgres database", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_app_refuses_to_start_on_a_database_it_cannot_reach_and_says_why()
    {
        var unreachable = new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2" };
        await using var app = new TrackerWebApplication(database, unreachable);

        var error = Record.Exception(() => app.StartAndCreateClient());

        Assert.NotNull(error);
        Assert.Contains("127.0.0.1", error.ToString(), StringComparison.Ordinal);
    }
}
