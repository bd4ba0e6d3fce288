using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// An editor at /world/candidates: a new organisation the machine read in several articles is one line with its
/// count, and the editor's answer (confirm, merge, reject) decides what the next articles say of it.
/// </summary>
public sealed class CandidatesPageJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>
{
    // A proper noun of letters only, the test's own: the site's database is shared by the class's tests.
    private static string NewCompany() => "Sibirtrans" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6)]);

    private static string Article(string company, int day) => $"""
        Bamako, le {day} mars 2026 – La société russe {company} a livré au Mali un lot de camions militaires et de pièces
        détachées, selon le ministère malien de la Défense, qui évoque une coopération appelée à durer.
        """;

    // Through the running app's own intake, whose engine an editor's decision renews, as the worker's or an import's would be.
    private async Task<long> TakeInAsync(string text, string path)
    {
        var stored = await site.App.Services.GetRequiredService<ArticleIntake>().SubmitAsync(
            new ArticleSubmission(text + $"\nRéférence {Guid.NewGuid():N}.") { Url = $"https://e2e.example/{path}/{Guid.NewGuid():N}", Outlet = "Bout en bout" },
            CancellationToken.None);
        return stored.ArticleId;
    }

    private static async Task<ILocator> SearchAsync(IPage page, string company)
    {
        await page.GetByTestId("candidate-search").FillAsync(company);
        await page.GetByTestId("candidate-search").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]q={company}(&|$)"));
        return page.GetByTestId("candidate-list").Locator("[data-candidate]");
    }

    [Fact]
    public async Task A_new_organisation_in_three_articles_is_one_candidate_counted_three_times_and_once_confirmed_the_next_article_has_it_as_an_actor()
    {
        var company = NewCompany();
        for (var day = 1; day <= 3; day++)
            await TakeInAsync(Article(company, day), "candidats");
        var page = await site.NewPageAsync(TrackerRoles.Editor);
        await page.GotoAsync("");
        await page.GetByTestId("interactive").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Candidats", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/world/candidates$"));
        await page.GetByTestId("interactive").WaitForAsync();

        var lines = await SearchAsync(page, company);
        await Expect(lines).ToHaveCountAsync(1);
        var line = lines.First;
        await Expect(line.GetByTestId("candidate-name")).ToHaveTextAsync(company);
        await Expect(line.GetByTestId("candidate-kind-chip")).ToHaveTextAsync("organisation");
        await Expect(line.GetByTestId("candidate-articles")).ToHaveTextAsync("3 articles");
        await Expect(line.GetByTestId("candidate-evidence")).ToContainTextAsync($"société russe {company}");
        await Expect(line.GetByTestId("candidate-seen").Locator("a")).ToHaveCountAsync(3);
        await Screenshots.TakeAsync(page, "candidates");

        await line.GetByTestId("candidate-decide").ClickAsync();
        await line.GetByTestId("candidate-confirm-name").FillAsync($"{company} Logistique");
        await line.GetByTestId("candidate-confirm-names").FillAsync(company);
        await Screenshots.TakeAsync(page, "candidate-deciding");
        await line.GetByTestId("candidate-confirm").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new PageLocatorOptions { HasText = "est confirmé" })).ToBeVisibleAsync();
        await Expect(lines).ToHaveCountAsync(0);

        var next = await TakeInAsync(Article(company, 4), "candidats");
        await using var db = site.Database.NewContext();
        var actor = await db.Mentions.Where(m => m.ArticleId == next && m.Actor!.Name == $"{company} Logistique").Select(m => m.Actor!).SingleAsync();
        Assert.Equal((EntryStatus.Confirmed, ActorKind.Organisation), (actor.Status, actor.Kind));
        Assert.False(await db.Actors.AnyAsync(a => a.Status == EntryStatus.Candidate && a.Name.Contains(company)));
    }

    [Fact]
    public async Task An_editor_merges_a_candidate_into_a_confirmed_organisation_picked_from_the_choices_and_rejects_another()
    {
        var (merged, rejected) = (NewCompany(), NewCompany());
        await TakeInAsync(Article(merged, 5), "fusion");
        await TakeInAsync(Article(rejected, 6), "rejet");
        await using (var setup = site.Database.NewContext())
        {
            setup.Actors.Add(new Actor { Slug = $"groupe-{merged.ToLowerInvariant()}", Name = $"Groupe {merged}", Kind = ActorKind.Organisation, Status = EntryStatus.Confirmed });
            await setup.SaveChangesAsync();
        }

        var page = await site.NewPageAsync(TrackerRoles.Editor);
        await page.GotoAsync("world/candidates?kind=organisation");
        await page.GetByTestId("interactive").WaitForAsync();
        var lines = await SearchAsync(page, merged);
        await Expect(lines).ToHaveCountAsync(1);
        await lines.First.GetByTestId("candidate-decide").ClickAsync();
        await lines.First.GetByTestId("candidate-merge-into").PressSequentiallyAsync($"groupe {merged}");
        var choice = page.Locator(".merge-choices .mud-list-item", new PageLocatorOptions { HasText = $"Groupe {merged}" });
        await Expect(choice).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "candidate-merge-choices");
        await choice.ClickAsync();
        await lines.First.GetByTestId("candidate-merge").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Fusionner" }).ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new PageLocatorOptions { HasText = "est fondu dans" })).ToBeVisibleAsync();
        await Expect(lines).ToHaveCountAsync(0);

        lines = await SearchAsync(page, rejected);
        await Expect(lines).ToHaveCountAsync(1);
        await lines.First.GetByTestId("candidate-decide").ClickAsync();
        await lines.First.GetByTestId("candidate-reject").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Rejeter" }).ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new PageLocatorOptions { HasText = "est rejeté" })).ToBeVisibleAsync();
        await Expect(lines).ToHaveCountAsync(0);

        var later = await TakeInAsync(Article(rejected, 7), "rejet");
        await page.GotoAsync($"world/candidates?q={rejected}");
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.GetByTestId("candidate-total")).ToHaveTextAsync("0 candidat");
        await using var db = site.Database.NewContext();
        Assert.False(await db.Mentions.AnyAsync(m => m.ArticleId == later && m.Evidence.Contains(rejected)));
    }

    [Fact]
    public async Task An_editor_adds_a_person_the_machine_never_proposed_and_lands_on_the_person_s_edit_page()
    {
        var name = $"Oumar {NewCompany()}";
        var page = await site.NewPageAsync(TrackerRoles.Editor);
        await page.GotoAsync("world/candidates");
        await page.GetByTestId("interactive").WaitForAsync();
        await page.GetByTestId("world-new").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/world/new$"));
        await page.GetByTestId("interactive").WaitForAsync();

        await page.GetByTestId("new-name").FillAsync(name);
        await page.GetByTestId("new-create").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/world/actors/oumar-sibirtrans[a-f]+$"));
        await Expect(page.GetByTestId("actor-name")).ToHaveValueAsync(name);
        await using var db = site.Database.NewContext();
        Assert.True(await db.Actors.AnyAsync(a => a.Name == name && a.Status == EntryStatus.Confirmed && a.Kind == ActorKind.Person));
    }
}
