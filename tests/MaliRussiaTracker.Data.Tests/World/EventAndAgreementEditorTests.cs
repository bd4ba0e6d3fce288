using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.World;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.World;

public abstract class EventAndAgreementEditorTests(DatabaseFixture database) : IAsyncLifetime
{
    public Task InitializeAsync() => database.Services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_editor_confirms_a_candidate_event_with_its_date_place_and_participants()
    {
        var key = await CandidateEventAsync("Exercice conjoint à Gao");

        await database.Services.GetRequiredService<EventEditor>().SaveAsync(key, new EventChanges(
            "Exercice militaire conjoint à Gao", PartialDate.Parse("2026-02-10/2026-02-14"), "gao", ["fama", "africa-corps"], null, ["exercice"]), "awa", CancellationToken.None);

        await using var db = database.NewContext();
        var ev = await db.Events.Include(e => e.Participants).Include(e => e.Place).SingleAsync(e => e.Key == key);
        Assert.Equal((EntryStatus.Confirmed, "gao", new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 14)), (ev.Status, ev.Place!.Slug, ev.Earliest, ev.Latest));
        Assert.Equal(["africa-corps", "fama"], ev.Participants.Select(p => p.Slug).Order());
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Event" && a.EntityKey == key);
        Assert.Contains("2026-02-10/2026-02-14", audit.After, StringComparison.Ordinal);
        Assert.Contains("Candidate", audit.Before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_event_merged_into_a_known_one_brings_its_articles_to_its_sources()
    {
        var key = await CandidateEventAsync("Salon de défense à Bamako");
        var articleId = await ArticleMentioningAsync(key);
        int before;
        await using (var db = database.NewContext())
            before = await db.Events.Where(e => e.Key == "bamex-2025").Select(e => e.Sources.Articles).SingleAsync();

        await database.Services.GetRequiredService<EventEditor>().MergeAsync(key, "bamex-2025", "awa", CancellationToken.None);

        await using var check = database.NewContext();
        Assert.False(await check.Events.AnyAsync(e => e.Key == key));
        Assert.Equal(before + 1, await check.Events.Where(e => e.Key == "bamex-2025").Select(e => e.Sources.Articles).SingleAsync());
        Assert.True(await check.Mentions.AnyAsync(m => m.ArticleId == articleId && m.Event!.Key == "bamex-2025"));
    }

    [Fact]
    public async Task Milestones_an_editor_leaves_unchanged_keep_their_rows_and_an_unknown_party_is_refused()
    {
        var editor = database.Services.GetRequiredService<AgreementEditor>();
        List<AgreementMilestone> before;
        Agreement agreement;
        await using (var db = database.NewContext())
        {
            agreement = await db.Agreements.Include(a => a.Milestones).Include(a => a.Parties).FirstAsync(a => a.Milestones.Count > 0);
            before = agreement.Milestones;
        }

        var kept = before[0];
        await editor.SaveAsync(agreement.Key, new AgreementChanges(agreement.Title, [.. agreement.Parties.Select(p => p.Slug)],
            [new MilestoneChange(kept.Date, kept.Description), new MilestoneChange(PartialDate.Parse("2026-01"), "Entrée en vigueur")], agreement.Description, agreement.Keywords), "awa", CancellationToken.None);

        await using (var db = database.NewContext())
        {
            var milestones = await db.AgreementMilestones.Where(m => m.AgreementId == agreement.Id).OrderBy(m => m.Date).ToListAsync();
            Assert.Equal(2, milestones.Count);
            Assert.Contains(milestones, m => m.Id == kept.Id);
            Assert.Contains(milestones, m => m.Description == "Entrée en vigueur" && m.Date == PartialDate.Parse("2026-01"));
        }

        var error = await Assert.ThrowsAsync<WorldEditException>(() => editor.SaveAsync(agreement.Key, new AgreementChanges(agreement.Title, ["pays-imaginaire"], [], null, []), "awa", CancellationToken.None));
        Assert.Contains("pays-imaginaire", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> CandidateEventAsync(string title)
    {
        await using var db = database.NewContext();
        var ev = new Event { Key = "candidate-" + Guid.NewGuid().ToString("N")[..10], Title = title, Date = PartialDate.Parse("2026-02-10"), Status = EntryStatus.Candidate };
        db.Events.Add(ev);
        await db.SaveChangesAsync();
        return ev.Key;
    }

    private async Task<long> ArticleMentioningAsync(string eventKey)
    {
        await using var db = database.NewContext();
        var ev = await db.Events.SingleAsync(e => e.Key == eventKey);
        var article = new Article
        {
            ContentHash = Guid.NewGuid().ToString("N"), RawText = "texte", CleanText = "texte", Outlet = "Journal " + Guid.NewGuid().ToString("N")[..6],
            ReceivedAt = new DateTimeOffset(2026, 2, 11, 8, 0, 0, TimeSpan.Zero),
            Story = new Story { Key = Guid.NewGuid().ToString("N"), CreatedAt = new DateTimeOffset(2026, 2, 11, 8, 0, 0, TimeSpan.Zero) },
        };
        article.Mentions.Add(new Mention { Kind = MentionKind.Event, EventId = ev.Id, Evidence = "salon" });
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }
}

public sealed class EventAndAgreementEditorTestsOnSqlite(SqliteDatabaseFixture database) : EventAndAgreementEditorTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class EventAndAgreementEditorTestsOnPostgres(PostgresDatabaseFixture database) : EventAndAgreementEditorTests(database), IClassFixture<PostgresDatabaseFixture>;
