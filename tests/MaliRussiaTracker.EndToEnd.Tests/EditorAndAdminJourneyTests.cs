using System.Text.Json;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>Editors reviewing with the keyboard, admins importing, and what an analyst may not do, in a real Chromium.</summary>
public sealed class EditorAndAdminJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>
{
    private const string ReviewedText = """
        Niamey, le 18 février 2026 – Le chef de la diplomatie russe Sergueï Lavrov a reçu à Moscou son homologue malien
        Abdoulaye Diop pour faire le point sur la coopération militaire et la formation d'officiers sahéliens en Russie.
        « Nos instructeurs resteront aussi longtemps que nos partenaires le voudront », a déclaré M. Lavrov à la presse.
        """;

    [Fact]
    public async Task An_editor_confirms_one_suggestion_and_rejects_the_next_with_the_keyboard_and_both_hold_after_a_new_analysis()
    {
        var articleId = await site.TakeInAsync(ReviewedText, "revue-clavier");
        var page = await site.NewPageAsync(TrackerRoles.Editor);
        var editor = await page.GetByTestId("signed-in-user").InnerTextAsync();

        await page.GotoAsync($"review/{articleId}");
        await page.GetByTestId("interactive").WaitForAsync();
        var findings = page.GetByTestId("finding");
        await Expect(findings.First).ToHaveAttributeAsync("data-selected", "true");
        await page.GetByTestId("findings").FocusAsync();
        await page.Keyboard.PressAsync("c");
        await Expect(findings.Nth(0)).ToHaveAttributeAsync("data-state", "Confirmed");
        await Expect(findings.Nth(1)).ToHaveAttributeAsync("data-selected", "true");
        await page.Keyboard.PressAsync("r");
        await Expect(findings.Nth(1)).ToHaveAttributeAsync("data-state", "Rejected");
        await Screenshots.TakeAsync(page, "review-after-keyboard");

        var reviews = site.Database.Services.GetRequiredService<ArticleReviewQuery>();
        var decided = (await reviews.GetAsync(articleId, CancellationToken.None))!.Findings.Where(f => f.State != ReviewState.Suggested).ToList();
        Assert.Equal([ReviewState.Confirmed, ReviewState.Rejected], decided.OrderBy(f => f.Start).ThenBy(f => f.Kind).Select(f => f.State));
        Assert.All(decided, f => Assert.Contains(f.DecidedBy!, editor, StringComparison.Ordinal));

        await site.Database.Services.GetRequiredService<ArticleReanalysis>().ReanalyseAsync(articleId, CancellationToken.None);

        var after = (await reviews.GetAsync(articleId, CancellationToken.None))!.Findings;
        foreach (var finding in decided)
            Assert.Equal(finding.State, Assert.Single(after, f => f.Kind == finding.Kind && f.Id == finding.Id).State);
        Assert.Equal(decided.Count, after.Count(f => f.State != ReviewState.Suggested));
        await page.ReloadAsync();
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.Locator("[data-testid=finding][data-state=Confirmed]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=finding][data-state=Rejected]")).ToHaveCountAsync(1);
        // Reloaded, the page takes the editor to the first finding still to decide, not back to the first one.
        await Expect(page.Locator("[data-testid=finding][data-state=Suggested]").First).ToHaveAttributeAsync("data-selected", "true");
        await Expect(findings.First).Not.ToHaveAttributeAsync("data-selected", "true");
    }

    [Fact]
    public async Task An_admin_uploads_a_JSONL_batch_and_watches_it_finish_with_each_item_accounted_for()
    {
        var folder = Directory.CreateTempSubdirectory("mrt-e2e-upload");
        var file = Path.Combine(folder.FullName, "lot-test.jsonl");
        var unique = Guid.NewGuid().ToString("N")[..8];
        string Line(int n) => JsonSerializer.Serialize(new
        {
            url = $"https://lot.example/{unique}/{n}", title = $"Article {n} du lot", outlet = "Lot test", published = "2026-02-1" + n,
            text = $"Bamako, le 1{n} février 2026 – Le ministre Abdoulaye Diop a parlé de coopération militaire avec la Russie ({unique}, {n}).",
        });
        await File.WriteAllLinesAsync(file, [Line(1), Line(2), Line(1), "{ ceci n'est pas du JSON"]);

        var page = await site.NewPageAsync(TrackerRoles.Admin);
        await page.GotoAsync("admin/imports");
        await page.GetByTestId("upload-ready").WaitForAsync();
        await page.GetByTestId("batch-file").SetInputFilesAsync(file);

        var running = page.Locator("[data-testid=running-import]", new PageLocatorOptions { HasText = "lot-test.jsonl" });
        await Expect(running).ToHaveAttributeAsync("data-state", "done");
        await Screenshots.TakeAsync(page, "admin-import-finished");
        await using var db = site.Database.NewContext();
        var batch = await db.ImportBatches.Include(b => b.Items).Where(b => b.FileName == "lot-test.jsonl").OrderByDescending(b => b.Id).FirstAsync();
        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Imported, ImportOutcome.Duplicate, ImportOutcome.Rejected], batch.Items.OrderBy(i => i.Position).Select(i => i.Outcome));
        await Expect(running.GetByTestId("import-counts")).ToContainTextAsync(new Regex(@"\b4\b.*\b2\b.*\b1\b.*\b1\b"));
        await Expect(page.Locator($"[data-testid=batches] tr[data-batch='{batch.Id}']")).ToBeVisibleAsync();
        // In the page's language, not the code's.
        await Expect(page.Locator($"[data-testid=batches] tr[data-batch='{batch.Id}'] [data-testid=batch-status]")).ToContainTextAsync("terminé");
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Sign_in_the_timeline_the_review_keyboard_and_the_admin_upload_all_work_under_the_content_security_policy()
    {
        var articleId = await site.TakeInAsync(ReviewedText, "revue-politique");
        // Signed in through the sign-in form (a static page) as an admin, who may do all three.
        var page = await site.NewPageAsync(TrackerRoles.Admin);
        var answer = await page.GotoAsync("timeline");
        Assert.Contains("script-src 'self'", await answer!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await page.GetByTestId("interactive").WaitForAsync();

        await page.GotoAsync($"review/{articleId}");
        await page.GetByTestId("interactive").WaitForAsync();
        var findings = page.GetByTestId("finding");
        await Expect(findings.First).ToHaveAttributeAsync("data-selected", "true");
        await page.GetByTestId("findings").FocusAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(findings.Nth(1)).ToHaveAttributeAsync("data-selected", "true");
        await page.Keyboard.PressAsync("c");
        await Expect(findings.Nth(1)).ToHaveAttributeAsync("data-state", "Confirmed");

        var folder = Directory.CreateTempSubdirectory("mrt-e2e-csp");
        var file = Path.Combine(folder.FullName, "lot-politique.jsonl");
        await File.WriteAllLinesAsync(file, [JsonSerializer.Serialize(new { url = $"https://lot.example/csp/{Guid.NewGuid():N}", text = "Bamako et Moscou parlent de coopération militaire." })]);
        await page.GotoAsync("admin/imports");
        await page.GetByTestId("upload-ready").WaitForAsync();
        await page.GetByTestId("batch-file").SetInputFilesAsync(file);
        await Expect(page.Locator("[data-testid=running-import]", new PageLocatorOptions { HasText = "lot-politique.jsonl" })).ToHaveAttributeAsync("data-state", "done");
        folder.Delete(recursive: true);

        Assert.Empty(site.TroublesOf(page));
    }

    [Fact]
    public async Task An_analyst_is_refused_the_review_queue_and_does_not_see_it_in_the_menu()
    {
        var page = await site.NewPageAsync(TrackerRoles.Analyst);

        await page.GotoAsync("review");

        await Expect(page.GetByTestId("access-denied")).ToBeVisibleAsync();
        await page.GotoAsync("timeline");
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.Locator("a[href='review']")).ToHaveCountAsync(0);
        await Expect(page.Locator("a[href='timeline']")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_script_and_an_onerror_in_an_imported_article_stay_inert_text_in_the_pages()
    {
        var articleId = await site.TakeInAsync("""
            Bamako, le 20 février 2026 – Coopération militaire avec la Russie : <script>window.__injected = 'script';</script>
            le ministre Abdoulaye Diop a parlé <img src="x" onerror="window.__injected = 'onerror'"> aux journalistes.
            """, "injection");
        var page = await site.NewPageAsync(TrackerRoles.Editor);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        foreach (var path in new[] { $"articles/{articleId}", $"review/{articleId}" })
        {
            await page.GotoAsync(path);
            await page.GetByTestId("interactive").WaitForAsync();
            await Expect(page.GetByText("<script>window.__injected = 'script';</script>", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("main script, main img[onerror]").CountAsync());
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__injected"));
        }

        Assert.Equal(0, dialogs);
    }
}
