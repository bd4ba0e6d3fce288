using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using MaliRussiaTracker.EndToEnd.Tests.Pages;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// Two editors on one article, a machine's candidate made a confirmed entry, and the admin pages for accounts and
/// feeds, in a real Chromium.
/// </summary>
public sealed class WorldAndAdministrationJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>
{
    [Fact]
    public async Task An_editor_deciding_on_a_stale_view_is_told_who_changed_the_article_and_nothing_of_the_stale_decision_is_kept()
    {
        var articleId = await site.TakeInAsync("""
            Bamako, le 19 février 2026 – Le ministre malien des Affaires étrangères Abdoulaye Diop a reçu l'ambassadeur de
            Russie pour évoquer la livraison de blindés et la formation de pilotes maliens dans des écoles russes.
            « Nos forces armées gagnent chaque mois en autonomie », a déclaré M. Diop devant la presse.
            """, "deux-editeurs");
        var first = await site.NewPageAsync(TrackerRoles.Editor);
        var second = await site.NewPageAsync(TrackerRoles.Editor);
        // The menu shows « name (role) »; the conflict names the user.
        var firstName = (await first.GetByTestId("signed-in-user").InnerTextAsync()).Split(" (")[0].Trim();
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync($"review/{articleId}");
            await page.GetByTestId("interactive").WaitForAsync();
        }

        await first.GetByTestId("findings").FocusAsync();
        await first.Keyboard.PressAsync("c");
        await Expect(first.GetByTestId("finding").First).ToHaveAttributeAsync("data-state", "Confirmed");
        await second.GetByTestId("findings").FocusAsync();
        await second.Keyboard.PressAsync("r");

        var conflict = second.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync(firstName);
        // Said as a sentence in the page's language, with the words decided on, not as the audit's raw record.
        await Expect(conflict.GetByTestId("conflict-change")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{firstName}, [0-9:]+ : a confirmé (lieu|acteur|date|citation|événement|accord) « [^»{{}}]+ »$"));
        await Screenshots.TakeAsync(second, "review-conflict");
        await using (var db = site.Database.NewContext())
        {
            var decided = await db.Mentions.Where(m => m.ArticleId == articleId && m.State != ReviewState.Suggested).Select(m => m.State).ToListAsync();
            Assert.Equal([ReviewState.Confirmed], decided.Concat(await db.Quotes.Where(q => q.ArticleId == articleId && q.State != ReviewState.Suggested).Select(q => q.State).ToListAsync())
                .Concat(await db.DatedFacts.Where(d => d.ArticleId == articleId && d.State != ReviewState.Suggested).Select(d => d.State).ToListAsync()));
        }

        await conflict.GetByTestId("reload").ClickAsync();
        await Expect(second.GetByTestId("conflict")).ToHaveCountAsync(0);
        await Expect(second.GetByTestId("finding").First).ToHaveAttributeAsync("data-state", "Confirmed");
    }

    [Fact]
    public async Task An_editor_turns_a_new_person_the_machine_found_into_a_confirmed_actor_that_analysts_then_see()
    {
        var articleId = await site.TakeInAsync("""
            Niamey, le 21 février 2026 – Le général russe Vsevolod Krasnopolski, nouveau conseiller militaire auprès du
            gouvernement nigérien, a inspecté les batteries de défense aérienne livrées par Moscou. « Le ciel du Niger
            sera mieux protégé dès cette année », a affirmé le général Krasnopolski aux officiers présents.
            """, "candidat");
        var page = await site.NewPageAsync(TrackerRoles.Editor);
        await page.GotoAsync($"review/{articleId}");
        await page.GetByTestId("interactive").WaitForAsync();

        var candidate = page.GetByTestId("candidate-link").First;
        var link = await candidate.GetAttributeAsync("href");
        Assert.NotNull(link);
        await page.GotoAsync(link!);
        await page.GetByTestId("interactive").WaitForAsync();
        var slug = link!.Split('/')[^1];
        await Expect(page.GetByTestId("actor-name")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Krasnopolski"));
        await page.GetByTestId("actor-roles").FillAsync("conseiller militaire russe au Niger");
        await page.GetByTestId("actor-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToBeVisibleAsync();

        await using (var db = site.Database.NewContext())
        {
            var actor = await db.Actors.SingleAsync(a => a.Slug == slug);
            Assert.Equal(EntryStatus.Confirmed, actor.Status);
            Assert.Contains("Krasnopolski", actor.Name, StringComparison.Ordinal);
        }

        var analyst = await site.NewPageAsync(TrackerRoles.Analyst);
        await analyst.GotoAsync($"actors/{slug}");
        await analyst.GetByTestId("interactive").WaitForAsync();
        await Expect(analyst.GetByTestId("interactive")).ToContainTextAsync("Krasnopolski");
        await Expect(analyst.GetByTestId("interactive")).ToContainTextAsync("conseiller militaire russe au Niger");
    }

    [Fact]
    public async Task Merging_one_actor_into_another_asks_first_naming_both_and_then_the_target_holds_its_names_and_mentions()
    {
        var goneArticle = await site.TakeInAsync("""
            Bamako, le 23 février 2026 – Le colonel russe Timofeï Zaroubine, nouvel instructeur auprès des forces armées
            maliennes, a présenté les hélicoptères livrés par Moscou. « Les équipages maliens voleront seuls dès l'été »,
            a affirmé le colonel Zaroubine aux officiers présents.
            """, "fusion");
        var keptArticle = await site.TakeInAsync("""
            Gao, le 24 février 2026 – Le général russe Anatoli Vorontsovski, chef des instructeurs russes au Mali, a visité
            la base aérienne de Gao. « Nos pilotes partagent tout leur savoir », a assuré le général Vorontsovski aux
            officiers maliens réunis pour l'occasion.
            """, "fusion");
        var (gone, kept) = (await CandidateActorOfAsync(goneArticle, "Zaroubine"), await CandidateActorOfAsync(keptArticle, "Vorontsovski"));
        var page = await site.NewPageAsync(TrackerRoles.Editor);
        await page.GotoAsync($"world/actors/{gone.Slug}");
        await page.GetByTestId("interactive").WaitForAsync();

        // The editor types part of the target's name and picks it among the choices the box offers.
        await page.GetByTestId("merge-into").FillAsync("Vorontsov");
        var choice = page.Locator(".merge-choices .mud-list-item", new PageLocatorOptions { HasText = kept.Name });
        await choice.ClickAsync();
        await Expect(page.GetByTestId("merge-into")).ToHaveValueAsync($"{kept.Name} ({kept.Slug})");
        await page.GetByTestId("actor-merge").ClickAsync();

        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync(gone.Name);
        await Expect(dialog).ToContainTextAsync(kept.Name);
        await Screenshots.TakeAsync(page, "actor-merge-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await using (var db = site.Database.NewContext())
            Assert.True(await db.Actors.AnyAsync(a => a.Slug == gone.Slug));

        await page.GetByTestId("actor-merge").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Fusionner" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/world/actors/{kept.Slug}$"));
        await Expect(page.GetByTestId("actor-names")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(gone.Name));
        // The box no longer offers the target as the entry to merge into: that would be the entry itself.
        await Expect(page.GetByTestId("merge-into")).ToHaveValueAsync("");
        await Expect(page.GetByTestId("actor-merge")).ToBeDisabledAsync();
        await Screenshots.TakeAsync(page, "actor-merged");

        await using (var db = site.Database.NewContext())
        {
            Assert.False(await db.Actors.AnyAsync(a => a.Slug == gone.Slug));
            var mentioned = await db.Mentions.Where(m => m.ArticleId == goneArticle && m.Actor!.Name.Contains("Zaroubine")).Select(m => m.Actor!.Slug).ToListAsync();
            Assert.Empty(mentioned);
            Assert.Contains(kept.Slug, await db.Mentions.Where(m => m.ArticleId == goneArticle).Select(m => m.Actor!.Slug).ToListAsync());
        }

        await page.GotoAsync($"world/actors/{gone.Slug}");
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.Locator(".mud-alert")).ToContainTextAsync(gone.Slug);
        var analyst = await site.NewPageAsync(TrackerRoles.Analyst);
        await analyst.GotoAsync($"actors/{kept.Slug}");
        await analyst.GetByTestId("interactive").WaitForAsync();
        // Both articles now count for the target, and the merged name is among its names.
        await Expect(analyst.GetByTestId("interactive")).ToContainTextAsync("cité dans 2 articles");
        await Expect(analyst.GetByTestId("interactive")).ToContainTextAsync(gone.Name);
    }

    private async Task<(string Slug, string Name)> CandidateActorOfAsync(long articleId, string surname)
    {
        await using var db = site.Database.NewContext();
        var actor = await db.Mentions.Where(m => m.ArticleId == articleId && m.Actor != null && m.Actor.Status == EntryStatus.Candidate && m.Actor.Name.Contains(surname))
            .Select(m => m.Actor!).FirstAsync();
        return (actor.Slug, actor.Name);
    }

    [Fact]
    public async Task An_admin_makes_an_account_whose_owner_then_signs_in_and_refuses_a_password_too_short()
    {
        var page = await site.NewPageAsync(TrackerRoles.Admin);
        await page.GotoAsync("admin/users");
        await page.GetByTestId("interactive").WaitForAsync();
        var name = $"nouvelle-{Guid.NewGuid():N}"[..18];

        await page.GetByTestId("user-name").FillAsync(name + "-court");
        await page.GetByTestId("user-password").FillAsync("court");
        await page.GetByTestId("user-add").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid=users] tr[data-user='{name}-court']")).ToHaveCountAsync(0);

        var password = $"une-phrase-assez-longue-{Guid.NewGuid():N}";
        await page.GetByTestId("user-name").FillAsync(name);
        await page.GetByTestId("user-password").FillAsync(password);
        await page.GetByTestId("user-add").ClickAsync();
        await Expect(page.Locator($"[data-testid=users] tr[data-user='{name}']")).ToBeVisibleAsync();

        var newcomer = await site.NewPageAsync(role: null);
        await (await SignInPage.OpenAsync(newcomer)).SignInAsync(new TestAccount(name, password, TrackerRoles.Analyst));
        await Expect(newcomer.GetByTestId("signed-in-user")).ToContainTextAsync(name);
    }

    [Fact]
    public async Task An_admin_follows_a_feed_pauses_it_and_is_told_when_an_address_is_not_one()
    {
        var page = await site.NewPageAsync(TrackerRoles.Admin);
        await page.GotoAsync("admin/feeds");
        await page.GetByTestId("interactive").WaitForAsync();

        await page.GetByTestId("feed-url").FillAsync("pas une adresse");
        await page.GetByTestId("feed-add").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToBeVisibleAsync();

        var url = $"https://flux.example/flux-{Guid.NewGuid():N}.xml";
        await page.GetByTestId("feed-url").FillAsync(url);
        await page.GetByTestId("feed-add").ClickAsync();
        var row = page.Locator("[data-testid=feeds] tr", new PageLocatorOptions { HasText = url });
        await Expect(row).ToBeVisibleAsync();
        await row.GetByTestId("feed-pause").ClickAsync();
        await Expect(row.GetByTestId("feed-state")).ToContainTextAsync("en pause");

        await using var db = site.Database.NewContext();
        Assert.True((await db.Feeds.SingleAsync(f => f.Url == url)).IsPaused);
    }

    [Fact]
    public async Task Removing_an_account_asks_first_naming_it_and_happens_only_once_confirmed()
    {
        var someone = await site.NewPageAsync(TrackerRoles.Analyst);
        var name = (await someone.GetByTestId("signed-in-user").InnerTextAsync()).Split(" (")[0].Trim();
        var page = await site.NewPageAsync(TrackerRoles.Admin);
        await page.GotoAsync("admin/users");
        await page.GetByTestId("interactive").WaitForAsync();
        var row = page.Locator($"[data-testid=users] tr[data-user='{name}']");

        await row.GetByTestId("user-remove").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync($"Le compte « {name} » sera supprimé");
        await Screenshots.TakeAsync(page, "user-removal-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuler" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row).ToBeVisibleAsync();

        await row.GetByTestId("user-remove").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Supprimer" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-snackbar")).ToBeVisibleAsync();
    }
}
