using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>An admin hands a script a token, the script imports through the API, and the admin watches it in Chromium.</summary>
public sealed class ScriptTokenJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>
{
    [Fact]
    public async Task A_batch_a_script_uploads_with_the_admins_token_appears_on_the_open_import_page_and_its_end_is_said()
    {
        var page = await site.NewPageAsync(TrackerRoles.Admin);
        await page.GotoAsync("tokens");
        await page.GetByTestId("interactive").WaitForAsync();
        await page.GetByTestId("token-name").FillAsync("carnet d'analyse");
        await page.GetByTestId("token-create").ClickAsync();
        await Expect(page.GetByTestId("token-made")).ToContainTextAsync("carnet d'analyse");
        var secret = (await page.GetByTestId("token-secret").InnerTextAsync()).Trim();
        var row = page.Locator("[data-testid=tokens] tr", new PageLocatorOptions { HasText = "carnet d'analyse" });
        await Expect(row.GetByTestId("token-state")).ToHaveTextAsync("actif");
        await Screenshots.TakeAsync(page, "token-made");

        await page.GotoAsync("admin/imports");
        await page.GetByTestId("upload-ready").WaitForAsync();

        // The script: no browser, no cookie, only the token.
        using var script = new HttpClient { BaseAddress = site.RootUri };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var run = Guid.NewGuid().ToString("N");
        string Line(int n) => JsonSerializer.Serialize(new
        {
            url = $"https://script.example/{run}/{n}", title = $"Article {n} du script", outlet = "Presse Script",
            text = $"Bamako, 2 mars 2026. Les instructeurs russes ont livré des drones à l'armée malienne (article {n}, {run}).",
        });
        using var form = new MultipartFormDataContent();
        var file = new StringContent(string.Join('\n', Line(1), Line(2), Line(1)));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        form.Add(file, "file", "lot-du-script.jsonl");
        using var started = await script.PostAsync("api/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var batchId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetInt64();

        // The admin's page, open before the upload, shows the batch without a reload, then says how it ended.
        var running = page.Locator("[data-testid=running-import]", new PageLocatorOptions { HasText = "lot-du-script.jsonl" });
        await Expect(running).ToHaveAttributeAsync("data-state", "done");
        await Expect(page.Locator($"[data-testid=batches] tr[data-batch='{batchId}'] [data-testid=batch-status]")).ToContainTextAsync("terminé");
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"Lot {batchId} « lot-du-script.jsonl » terminé : 2 importés, 1 doublon, 0 rejeté.");
        await Screenshots.TakeAsync(page, "script-import-finished");

        // The script reads the same end through the API.
        var view = await script.GetFromJsonAsync<JsonElement>($"api/imports/{batchId}");
        Assert.Equal("Completed", view.GetProperty("batch").GetProperty("status").GetString());
        Assert.Equal(3, view.GetProperty("items").GetProperty("total").GetInt32());
    }
}
