using System.Text.RegularExpressions;
using MaliRussiaTracker.EndToEnd.Tests.Browser;
using MaliRussiaTracker.EndToEnd.Tests.Pages;
using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;
using TimelineFilter = MaliRussiaTracker.Data.Queries.Timeline.TimelineFilter;
using TimelineQuery = MaliRussiaTracker.Data.Queries.Timeline.TimelineQuery;

namespace MaliRussiaTracker.EndToEnd.Tests;

/// <summary>
/// An analyst weighs a claim by who makes it: left without Russian state media, an event that looked corroborated
/// rests on one story. In a real Chromium against the app on PostgreSQL; what the page should show is asked of the
/// query service first, so the test checks the browser gets it through the interface.
/// </summary>
public sealed class OutletJourneyTests(AnalystSite site) : IClassFixture<AnalystSite>
{
    private const string Novak = "novak-visit-bamako-2024-11";
    private const string RussianState = "russian-state";

    [Fact]
    public async Task Leaving_out_Russian_state_media_on_the_timeline_leaves_an_event_single_source_and_the_URL_reproduces_the_view()
    {
        // The demo articles tell the visit once, from an outlet of no known owner; TASS tells it a second time.
        await TakeInAsync("https://tass.com/politics/e2e-novak",
            "En novembre 2024, le vice-Premier ministre russe Alexandre Novak s'est rendu à Bamako pour rencontrer les autorités maliennes.");
        var query = site.Database.Services.GetRequiredService<TimelineQuery>();
        var whole = await query.GetAsync(new TimelineFilter { Text = "Novak" }, 0, 50, CancellationToken.None);
        var without = await query.GetAsync(new TimelineFilter { Text = "Novak", WithoutOwners = [RussianState] }, 0, 50, CancellationToken.None);
        Assert.False(Assert.Single(whole.Entries, e => e.Key == Novak).Sources.IsSingleSource);
        Assert.True(Assert.Single(without.Entries, e => e.Key == Novak).Sources.IsSingleSource);
        var ownerName = await OwnerNameAsync(RussianState);

        var timeline = await TimelinePage.OpenAsync(await site.NewPageAsync(), "?q=Novak");
        await Expect(timeline.Entry(Novak)).ToBeVisibleAsync();
        await Expect(timeline.Entry(Novak).GetByTestId("single-source")).ToHaveCountAsync(0);
        await timeline.LeaveOutOwnerAsync(ownerName);

        await Expect(timeline.Page).ToHaveURLAsync(new Regex($"[?&]without-owner={RussianState}(&|$)"));
        await Expect(timeline.Page).ToHaveURLAsync(new Regex("[?&]q=Novak(&|$)"));
        await Expect(timeline.Entry(Novak).GetByTestId("single-source")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(timeline.Page, "timeline-without-russian-state-media");

        // The URL alone reproduces the view: a new visitor with the link sees the event single-source too.
        var shared = await site.NewPageAsync();
        await shared.GotoAsync(timeline.Page.Url);
        await Expect(shared.Locator($"[data-entry=\"{Novak}\"]").GetByTestId("single-source")).ToBeVisibleAsync();
        Assert.Empty(site.TroublesOf(timeline.Page));
    }

    private async Task TakeInAsync(string url, string line)
    {
        // What makes the text on-topic for the engine (Mali–Russia military cooperation), so it links its event.
        var text = line + "\nLa coopération militaire entre le Mali et la Russie se renforce : Moscou livre des armes et forme les soldats maliens."
            + $"\nRéférence {Guid.NewGuid():N}.";
        var result = await site.Database.Services.GetRequiredService<ArticleIntake>().SubmitAsync(new ArticleSubmission(text) { Url = url }, CancellationToken.None);
        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
    }

    private async Task<string> OwnerNameAsync(string group)
    {
        await using var db = site.Database.NewContext();
        return await db.Outlets.Where(o => o.OwnerGroup == group && o.OwnerName != null).Select(o => o.OwnerName!).MaxAsync();
    }
}
