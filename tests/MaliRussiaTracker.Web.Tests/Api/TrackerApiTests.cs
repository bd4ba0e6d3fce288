using System.Net;
using System.Text;
using System.Text.Json;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Api;

public abstract class TrackerApiTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task The_timeline_endpoint_takes_the_pages_filters_and_gives_dates_as_iso_text()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/timeline?actor=sadio-camara"));

        var entry = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("bamex-2025", entry.GetProperty("key").GetString());
        Assert.Equal("2025-11-11/2025-11-14", entry.GetProperty("date").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_timeline_exported_as_csv_reads_back_with_its_sources()
    {
        using var response = await Client.GetAsync("/api/timeline.csv?from=2025-04-01&to=2025-05-31");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("date,kind,key,title,place,participants,stories,outlets,articles,single_source,status,owner_groups,sole_owner,reprints,single_owner,one_wire", lines[0]);
        var meeting = lines.Single(l => l.Contains(",moscow-quadripartite-2025-04,", StringComparison.Ordinal));
        Assert.StartsWith("2025-04-03,event,", meeting, StringComparison.Ordinal);
        Assert.Contains(",2,1,3,no,confirmed,", meeting, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",mali-russia-accords-2025-05,", StringComparison.Ordinal) && l.Contains(",yes,confirmed,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_article_list_is_searched_like_the_page_and_exports_to_csv()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/articles?q=BAMEX"));
        using var export = await Client.GetAsync("/api/articles.csv?q=BAMEX");
        var csv = Encoding.UTF8.GetString(await export.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.False(json.RootElement.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal("1", Assert.Single(export.Headers.GetValues("X-Total-Count")));
        Assert.Equal("false", Assert.Single(export.Headers.GetValues("X-Total-Is-Lower-Bound")));
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Une coopération militaire qui se muscle", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_that_says_so()
    {
        using var response = await Client.GetAsync("/api/articles/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no article 987654.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/timeline", out _));
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
    }
}

public sealed class TrackerApiTestsOnSqlite(SqliteDatabaseFixture database) : TrackerApiTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class TrackerApiTestsOnPostgres(PostgresDatabaseFixture database) : TrackerApiTests(database), IClassFixture<PostgresDatabaseFixture>;
