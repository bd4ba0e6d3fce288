using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class TimelineQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private TimelineQuery Query => database.Services.GetRequiredService<TimelineQuery>();

    public async Task InitializeAsync()
    {
        await database.Services.GetRequiredService<WorldSeeder>().SeedAsync(CancellationToken.None);
        await using var db = database.NewContext();
        if (await db.Events.AnyAsync(e => e.Key == "timeline-candidate"))
            return;
        db.Events.Add(new Event { Key = "timeline-candidate", Title = "Exercice conjoint proposé par la machine", Date = PartialDate.OfMonth(2025, 8), Status = EntryStatus.Candidate });
        var bamex = await db.Events.SingleAsync(e => e.Key == "bamex-2025");
        var article = db.Articles.Add(new Article
        {
            ContentHash = new string('7', 64), RawText = "x", CleanText = "x", Outlet = "Journal de Timeline", ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
            Mentions = [new Mention { Kind = MentionKind.Event, EventId = bamex.Id, Evidence = "BAMEX" }],
        }).Entity;
        await db.SaveChangesAsync();
        await BrowsingTestData.RecountAsync(db, [article]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Events_and_agreement_milestones_come_newest_first_with_their_dates_at_their_precision()
    {
        var page = await Query.GetAsync(new TimelineFilter(), 0, 100, CancellationToken.None);

        Assert.Equal(page.Entries.Select(e => e.Date).OrderDescending(), page.Entries.Select(e => e.Date));
        Assert.Equal(page.Total, page.Entries.Count);
        Assert.Contains(page.Entries, e => e.Kind == TimelineEntryKind.Event && e.Key == "bamex-2025" && e.Date.ToString() == "2025-11-11/2025-11-14" && e.Place == "Bamako");
        Assert.Equal(3, page.Entries.Count(e => e.Key == "military-technical-cooperation-agreement"));
        Assert.Contains(page.Entries, e => e.Key == "kremlin-visit-2025-06" && e.Participants.Contains("Vladimir Poutine"));
    }

    [Fact]
    public async Task Oldest_first_reads_the_same_entries_as_a_chronology()
    {
        var newest = await Query.GetAsync(new TimelineFilter(), 0, 100, CancellationToken.None);
        var oldest = await Query.GetAsync(new TimelineFilter { OldestFirst = true }, 0, 100, CancellationToken.None);

        Assert.Equal(oldest.Entries.Select(e => e.Date).Order(), oldest.Entries.Select(e => e.Date));
        Assert.Equal(newest.Entries.Select(e => (e.Key, e.Date)).Reverse(), oldest.Entries.Select(e => (e.Key, e.Date)));
    }

    [Fact]
    public async Task A_date_range_keeps_what_overlaps_it()
    {
        var page = await Query.GetAsync(new TimelineFilter { From = new DateOnly(2025, 4, 1), To = new DateOnly(2025, 6, 30), OldestFirst = true }, 0, 100, CancellationToken.None);

        Assert.Equal(
            ["aes-russia-strategic-partnership", "moscow-quadripartite-2025-04", "mali-russia-accords-2025-05", "traore-moscow-2025-05", "may-2025-accords", "kremlin-visit-2025-06"],
            page.Entries.Select(e => e.Key));
    }

    [Fact]
    public async Task An_actor_keeps_the_events_they_take_part_in_and_the_agreements_they_are_party_to()
    {
        var page = await Query.GetAsync(new TimelineFilter { Actors = ["sadio-camara"] }, 0, 100, CancellationToken.None);

        Assert.Equal(["bamex-2025"], page.Entries.Select(e => e.Key));
    }

    [Fact]
    public async Task A_place_keeps_the_events_held_there()
    {
        var page = await Query.GetAsync(new TimelineFilter { Places = ["moscou"] }, 0, 100, CancellationToken.None);

        Assert.Equal(["traore-moscow-2025-05", "moscow-quadripartite-2025-04"], page.Entries.Select(e => e.Key));
    }

    [Fact]
    public async Task An_outlet_keeps_what_its_articles_back_and_candidates_show_only_when_asked_for()
    {
        var byOutlet = await Query.GetAsync(new TimelineFilter { Outlet = "Journal de Timeline" }, 0, 100, CancellationToken.None);
        var all = await Query.GetAsync(new TimelineFilter { WithCandidates = true }, 0, 100, CancellationToken.None);
        var confirmed = await Query.GetAsync(new TimelineFilter(), 0, 100, CancellationToken.None);

        Assert.Equal(["bamex-2025"], byOutlet.Entries.Select(e => e.Key));
        Assert.Contains(all.Entries, e => e.Key == "timeline-candidate" && e.Status == EntryStatus.Candidate);
        Assert.DoesNotContain(confirmed.Entries, e => e.Key == "timeline-candidate");
        Assert.Equal(all.Total - 1, confirmed.Total);
        Assert.Equal(confirmed.Total, confirmed.Entries.Count);
    }

    [Fact]
    public async Task Pages_put_together_give_the_whole_timeline()
    {
        var whole = await Query.GetAsync(new TimelineFilter(), 0, 100, CancellationToken.None);
        var pages = new List<TimelineEntry>();
        for (var skip = 0; skip < whole.Total; skip += 4)
            pages.AddRange((await Query.GetAsync(new TimelineFilter(), skip, 4, CancellationToken.None)).Entries);

        Assert.Equal(whole.Entries.Select(e => (e.Key, e.Date)), pages.Select(e => (e.Key, e.Date)));
    }

    [Fact]
    public async Task Words_of_the_title_are_found_whatever_their_case()
    {
        var page = await Query.GetAsync(new TimelineFilter { Text = "bamex" }, 0, 100, CancellationToken.None);

        Assert.Equal(["bamex-2025"], page.Entries.Select(e => e.Key));
    }
}

public sealed class TimelineQueryTestsOnSqlite(SqliteDatabaseFixture database) : TimelineQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class TimelineQueryTestsOnPostgres(PostgresDatabaseFixture database) : TimelineQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
