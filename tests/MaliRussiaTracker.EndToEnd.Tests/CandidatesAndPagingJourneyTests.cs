using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// An analyst at volume: the machine's candidates stay out of the timeline until the switch lets them in, marked;
/// a long actor list pages to its end; and a page that goes live does not ask the database again for what its
/// first HTML already showed.
/// </summary>
public sealed class CandidatesAndPagingJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>, IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private string CandidateEvent => $"e2e-candidate-{_suffix}";

    public async Task InitializeAsync()
    {
        await using var db = site.Database.NewContext();
        db.Events.Add(new Event { Key = CandidateEvent, Title = $"Exercice proposé {_suffix}", Date = PartialDate.OfMonth(2025, 8), Status = EntryStatus.Candidate });
        db.Actors.AddRange(Enumerable.Range(1, 60).Select(i => new Actor
        {
            Slug = $"e2e-candidate-{i:00}-{_suffix}", Name = $"Candidat {i:00} {_suffix}", Kind = ActorKind.Person, Status = EntryStatus.Candidate,
        }));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_timeline_shows_confirmed_events_until_the_switch_lets_the_candidates_in_marked()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("timeline?from=2025-08-01&to=2025-08-31");
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.GetByTestId("timeline-total")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-entry='{CandidateEvent}']")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("candidate")).ToHaveCountAsync(0);

        await page.GetByTestId("filter-candidates").Locator("input").CheckAsync();
        await page.GetByTestId("apply-filters").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]candidates=true(&|$)"));
        var card = page.Locator($"[data-entry='{CandidateEvent}']");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByTestId("candidate")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "timeline-with-candidates");
    }

    [Fact]
    public async Task A_long_actor_list_pages_to_its_end()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"actors?q={_suffix}&candidates=only");
        await page.GetByTestId("interactive").WaitForAsync();
        var rows = page.GetByTestId("actor-list").Locator("[data-actor]");
        await Expect(rows).ToHaveCountAsync(50);
        await Expect(page.GetByTestId("actor-total")).ToContainTextAsync("60");

        // A low window, so even the short last page is taller than it: a reader left where the pager was would see its bottom.
        await page.SetViewportSizeAsync(1400, 400);
        await page.GetByTestId("actor-pages").ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        await page.GetByTestId("actor-pages").Locator("button").Filter(new LocatorFilterOptions { HasTextRegex = new Regex(@"^\s*2\s*$") }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("[?&]page=2(&|$)"));
        await Expect(rows).ToHaveCountAsync(10);
        // Back at the top of the list, where the new page's rows begin.
        await page.WaitForFunctionAsync("() => window.scrollY === 0 && document.documentElement.scrollHeight > window.innerHeight");
        await Expect(rows.Last).ToHaveAttributeAsync("data-actor", $"e2e-candidate-60-{_suffix}");
        await Screenshots.TakeAsync(page, "actors-last-page");
    }

    [Fact]
    public async Task A_page_going_live_runs_its_queries_no_more_than_its_first_HTML_did()
    {
        var log = site.App.Services.GetRequiredService<CommandLog>();
        using var reader = await site.App.CreateSignedInClientAsync(TrackerRoles.Analyst);
        var page = await site.NewPageAsync();
        // The search word is the test's own: only this page's queries carry it.
        var path = $"actors?q={_suffix}&candidates=only";

        (await reader.GetAsync(path)).Dispose();
        var firstHtml = log.Carrying(_suffix);

        await page.GotoAsync(path);
        await page.GetByTestId("interactive").WaitForAsync();
        await Expect(page.GetByTestId("actor-list").Locator("[data-actor]")).ToHaveCountAsync(50);
        var live = log.Carrying(_suffix) - firstHtml;

        Assert.True(firstHtml > 0, "the page must query the database for this test to show anything");
        Assert.Equal(firstHtml, live);
    }
}
