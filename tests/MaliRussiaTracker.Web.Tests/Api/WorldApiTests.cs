using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Api;

public abstract partial class WorldApiTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task The_event_list_takes_the_timelines_filters()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/events?actor=sadio-camara"));

        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("bamex-2025", row.GetProperty("key").GetString());
        Assert.Equal("2025-11-11/2025-11-14", row.GetProperty("date").GetString());
        Assert.Contains(row.GetProperty("participants").EnumerateArray(), p => p.GetProperty("slug").GetString() == "sadio-camara");
    }

    [Fact]
    public async Task One_event_comes_with_its_place_sources_articles_and_quotes()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/events/moscow-quadripartite-2025-04"));
        var root = json.RootElement;

        Assert.Equal("moscou", root.GetProperty("place").GetProperty("slug").GetString());
        Assert.Equal(2, root.GetProperty("sources").GetProperty("stories").GetInt32());
        Assert.Equal(3, root.GetProperty("articles").GetArrayLength());
        Assert.Equal("Confirmed", root.GetProperty("status").GetString());
        Assert.Contains(root.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("speakerSlug").GetString() == "sergei-lavrov");
    }

    [Fact]
    public async Task An_agreement_comes_with_its_milestones_in_date_order()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/agreements/military-technical-cooperation-agreement"));
        using var list = JsonDocument.Parse(await Client.GetStringAsync("/api/agreements?actor=aes"));

        Assert.Equal(["2024-04", "2024-07-04", "2025-01"], json.RootElement.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("date").GetString()));
        Assert.Equal(["aes-russia-strategic-partnership"], list.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Actors_are_listed_most_cited_first_and_one_actor_comes_with_what_they_said()
    {
        using var list = JsonDocument.Parse(await Client.GetStringAsync("/api/actors"));
        using var lavrov = JsonDocument.Parse(await Client.GetStringAsync("/api/actors/sergei-lavrov"));

        var counts = list.RootElement.GetProperty("rows").EnumerateArray().Select(a => a.GetProperty("articles").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal("Sergueï Lavrov", lavrov.RootElement.GetProperty("name").GetString());
        Assert.NotEqual(0, lavrov.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/events/nothing", "There is no event 'nothing'.")]
    [InlineData("/api/agreements/nothing", "There is no agreement 'nothing'.")]
    [InlineData("/api/actors/nobody", "There is no actor 'nobody'.")]
    public async Task An_unknown_key_is_a_404_that_says_so(string path, string message)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Openapi_lists_the_new_endpoints()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{key}", "/api/agreements", "/api/agreements/{key}", "/api/actors", "/api/actors/{slug}" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not described.");
        Assert.False(paths.TryGetProperty("/culture", out _));
    }

    [Fact]
    public async Task The_json_export_link_of_the_timeline_reads_back_as_the_entries_on_the_page()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?actor=assimi-goita&from=2025-01-01"));
        var link = ExportJson().Match(page).Groups["href"].Value;

        using var json = JsonDocument.Parse(await Client.GetStringAsync("/" + link));

        Assert.Equal(
            EntryCard().Matches(page).Select(m => m.Groups["key"].Value),
            json.RootElement.GetProperty("rows").EnumerateArray().Select(e => e.GetProperty("key").GetString()));
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_json_export_link_of_the_article_list_reads_back_as_the_list()
    {
        var page = WebUtility.HtmlDecode(await Client.GetStringAsync("/articles?q=BAMEX"));
        var link = ExportJson().Match(page).Groups["href"].Value;

        using var json = JsonDocument.Parse(await Client.GetStringAsync("/" + link));

        Assert.StartsWith("api/articles?q=BAMEX", link, StringComparison.Ordinal);
        Assert.Equal(
            ArticleRow().Matches(page).Select(m => long.Parse(m.Groups["id"].Value, System.Globalization.CultureInfo.InvariantCulture)),
            json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()));
    }

    // The export link's tag, whatever the order of its attributes.
    [GeneratedRegex("<a (?=[^>]*data-testid=\"export-json\")[^>]*href=\"(?<href>api/[^\"]+)\"")]
    private static partial Regex ExportJson();

    [GeneratedRegex("data-entry=\"(?<key>[^\"]+)\"")]
    private static partial Regex EntryCard();

    [GeneratedRegex("<tr data-article=\"(?<id>\\d+)\"")]
    private static partial Regex ArticleRow();
}

public sealed class WorldApiTestsOnSqlite(SqliteDatabaseFixture database) : WorldApiTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class WorldApiTestsOnPostgres(PostgresDatabaseFixture database) : WorldApiTests(database), IClassFixture<PostgresDatabaseFixture>;
