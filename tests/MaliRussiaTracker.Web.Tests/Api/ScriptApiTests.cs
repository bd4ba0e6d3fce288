using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Web.Tests.Api;

/// <summary>The API as a script uses it: a personal access token, and the write endpoints with the pages' rules.</summary>
public abstract class ScriptApiTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task A_token_reads_with_its_users_role_and_is_refused_what_the_role_is_not_given()
    {
        var analyst = await TokenClientAsync(TrackerRoles.Analyst);

        using var read = await analyst.GetAsync("/api/articles");
        using var write = await analyst.PostAsJsonAsync("/api/feeds", new { url = "https://example.org/flux.xml" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task A_revoked_or_unknown_token_is_a_401_and_only_the_hash_is_stored()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        var secret = await App.CreateTokenAsync(account, "carnet");
        using var client = App.CreateTokenClient(secret);
        using var unknown = App.CreateTokenClient("mrt_" + new string('x', 43));

        using var before = await client.GetAsync("/api/articles");
        var tokens = App.Services.GetService(typeof(ApiTokens)) as ApiTokens;
        var row = Assert.Single(await tokens!.ListAsync(account.UserName, CancellationToken.None));
        await tokens.RevokeAsync(account.UserName, row.Id, CancellationToken.None);
        using var after = await client.GetAsync("/api/articles");
        using var guessed = await unknown.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.StatusCode);
        await using var db = Database.NewContext();
        var stored = await db.ApiTokens.SingleAsync(t => t.Id == row.Id);
        Assert.DoesNotContain(secret, new[] { stored.Hash, stored.Name, stored.Prefix });
        Assert.Equal(64, stored.Hash.Length);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == "ApiToken" && a.EntityKey == row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Action).ToListAsync(), a => a == "Revoke");
    }

    [Fact]
    public async Task A_batch_uploaded_with_a_token_is_imported_and_its_items_read_back_page_by_page()
    {
        var admin = await TokenClientAsync(TrackerRoles.Admin);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var lines = string.Join("\n", Enumerable.Range(1, 3).Select(i => JsonSerializer.Serialize(new
        {
            url = $"https://example.org/{tag}/{i}", title = $"Article {i} {tag}", text = $"Bamako et Moscou signent un accord numéro {i} {tag}. " + new string('a', 10),
        })));
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(lines)), "file", $"lot-{tag}.jsonl" } };

        using var started = await admin.PostAsync("/api/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var batchId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetInt64();
        Assert.Equal($"/api/imports/{batchId}", started.Headers.Location?.OriginalString);

        var batch = await WaitForAsync(async () =>
        {
            var view = await admin.GetFromJsonAsync<JsonElement>($"/api/imports/{batchId}?take=2");
            return view.GetProperty("batch").GetProperty("status").GetString() == "Completed" ? view : (JsonElement?)null;
        });
        Assert.Equal(3, batch.GetProperty("batch").GetProperty("imported").GetInt32());
        Assert.Equal(3, batch.GetProperty("items").GetProperty("total").GetInt32());
        Assert.Equal([1, 2], batch.GetProperty("items").GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("position").GetInt32()));
        var rest = await admin.GetFromJsonAsync<JsonElement>($"/api/imports/{batchId}?skip=2&take=2");
        Assert.Equal([3], rest.GetProperty("items").GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("position").GetInt32()));
    }

    [Fact]
    public async Task A_file_that_is_not_a_batch_is_a_400_naming_the_file_field()
    {
        var admin = await TokenClientAsync(TrackerRoles.Admin);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("bonjour"u8.ToArray()), "file", "notes.txt" } };

        using var response = await admin.PostAsync("/api/imports", form);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("notes.txt", problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_is_followed_then_paused_and_a_bad_address_is_refused_with_its_field()
    {
        var admin = await TokenClientAsync(TrackerRoles.Admin);
        var url = $"https://example.org/{Guid.NewGuid():N}/rss.xml";

        using var created = await admin.PostAsJsonAsync("/api/feeds", new { url, pollMinutes = 60 });
        var feed = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var paused = await admin.PatchAsJsonAsync($"/api/feeds/{feed.GetProperty("id").GetInt64()}", new { paused = true });
        using var bad = await admin.PostAsJsonAsync("/api/feeds", new { url = "ftp://example.org/rss" });
        using var missing = await admin.PatchAsJsonAsync("/api/feeds/987654", new { paused = true });
        using var page = await admin.PostAsJsonAsync("/api/pages", new { url = "javascript:alert(1)" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True((await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isPaused").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("url", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task A_decision_on_a_finding_is_saved_audited_under_the_editor_and_a_stale_one_is_a_409_with_the_change()
    {
        var account = await App.CreateUserAsync(TrackerRoles.Editor);
        using var editor = App.CreateTokenClient(await App.CreateTokenAsync(account));
        var articles = await editor.GetFromJsonAsync<JsonElement>("/api/articles?q=BAMEX");
        var id = articles.GetProperty("rows")[0].GetProperty("id").GetInt64();
        var review = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/review");
        var snapshot = review.GetProperty("snapshot");
        var findings = review.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("state").GetString() == "Suggested").Take(2).ToList();
        object Decision(JsonElement finding, string decision) => new
        {
            kind = finding.GetProperty("kind").GetString(), decision, version = snapshot.GetProperty("version").GetGuid(), loadedAt = snapshot.GetProperty("loadedAt").GetDateTimeOffset(),
        };

        using var saved = await editor.PostAsJsonAsync($"/api/articles/{id}/findings/{findings[0].GetProperty("id").GetInt64()}/decision", Decision(findings[0], "confirm"));
        using var stale = await editor.PostAsJsonAsync($"/api/articles/{id}/findings/{findings[1].GetProperty("id").GetInt64()}/decision", Decision(findings[1], "reject"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var changes = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changes").EnumerateArray().ToList();
        Assert.Contains(changes, c => c.GetProperty("user").GetString() == account.UserName);
        await using var db = Database.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ArticleId == id && a.User == account.UserName));
    }

    private static async Task<JsonElement> WaitForAsync(Func<Task<JsonElement?>> check)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await check() is { } done)
                return done;
            await Task.Delay(100, timeout.Token);
        }
    }
}

public sealed class ScriptApiTestsOnSqlite(SqliteDatabaseFixture database) : ScriptApiTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ScriptApiTestsOnPostgres(PostgresDatabaseFixture database) : ScriptApiTests(database), IClassFixture<PostgresDatabaseFixture>;
