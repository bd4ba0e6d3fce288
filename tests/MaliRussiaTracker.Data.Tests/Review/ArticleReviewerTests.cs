using System.Text.Json;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Review;

public abstract class ArticleReviewerTests(DatabaseFixture database)
{
    private ArticleReviewer Reviewer => database.Services.GetRequiredService<ArticleReviewer>();

    private ArticleReviewQuery Reviews => database.Services.GetRequiredService<ArticleReviewQuery>();

    [Fact]
    public async Task Confirming_and_rejecting_store_who_decided_and_leave_an_audit_entry_each()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        var lavrov = Finding(article, FindingKind.Actor, "sergei-lavrov");
        var quote = Assert.Single(article.Findings, f => f.Kind == FindingKind.Quote);

        var outcome = await Reviewer.ApplyAsync(article.Snapshot, [new ConfirmFinding(FindingKind.Actor, lavrov.Id), new RejectFinding(FindingKind.Quote, quote.Id)], "awa", CancellationToken.None);

        var saved = Assert.IsType<ReviewSaved>(outcome);
        var after = await ReloadAsync(article);
        Assert.NotEqual(article.Snapshot.Version, saved.Version);
        Assert.Equal(saved.Version, after.Snapshot.Version);
        Assert.Equal((ReviewState.Confirmed, "awa"), (After(after, lavrov).State, After(after, lavrov).DecidedBy));
        Assert.Equal((ReviewState.Rejected, "awa"), (After(after, quote).State, After(after, quote).DecidedBy));
        await using var db = database.NewContext();
        var audit = await db.AuditEntries.Where(a => a.ArticleId == article.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["confirmed", "rejected"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("awa", a.User));
        Assert.Equal("Suggested", JsonDocument.Parse(audit[1].Before!).RootElement.GetProperty("State").GetString());
        Assert.Equal("Rejected", JsonDocument.Parse(audit[1].After!).RootElement.GetProperty("State").GetString());
    }

    [Fact]
    public async Task A_corrected_actor_keeps_the_machine_reading_as_rejected_and_confirms_the_right_one_on_the_same_words()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        var lavrov = Finding(article, FindingKind.Actor, "sergei-lavrov");

        await Reviewer.ApplyAsync(article.Snapshot, [new CorrectTarget(FindingKind.Actor, lavrov.Id, "maria-zakharova")], "awa", CancellationToken.None);

        var after = await ReloadAsync(article);
        Assert.Equal(ReviewState.Rejected, After(after, lavrov).State);
        var corrected = Finding(after, FindingKind.Actor, "maria-zakharova");
        Assert.Equal((ReviewState.Confirmed, lavrov.Start, lavrov.Evidence), (corrected.State, corrected.Start, corrected.Evidence));
    }

    [Fact]
    public async Task A_corrected_date_and_speaker_are_confirmed_as_the_editor_says()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        var date = article.Findings.First(f => f.Kind == FindingKind.Date);
        var quote = Assert.Single(article.Findings, f => f.Kind == FindingKind.Quote);

        await Reviewer.ApplyAsync(article.Snapshot, [
            new CorrectDate(date.Id, PartialDate.Parse("2026-02-03")),
            new CorrectSpeaker(quote.Id, null, "Un conseiller du Kremlin"),
        ], "awa", CancellationToken.None);

        var after = await ReloadAsync(article);
        Assert.Equal(ReviewState.Rejected, After(after, date).State);
        Assert.Contains(after.Findings, f => f.Kind == FindingKind.Date && f.Start == date.Start && f.Date == PartialDate.Parse("2026-02-03") && f.State == ReviewState.Confirmed);
        var spoken = After(after, quote);
        Assert.Equal((ReviewState.Confirmed, "Un conseiller du Kremlin", (string?)null), (spoken.State, spoken.TargetName, spoken.TargetKey));
    }

    [Fact]
    public async Task Tags_are_added_once_whatever_their_case_and_can_be_taken_off()
    {
        var article = await ReviewedArticle.TakeInAsync(database);

        var first = Assert.IsType<ReviewSaved>(await Reviewer.ApplyAsync(article.Snapshot, [new AddTag(" Instructeurs "), new AddTag("instructeurs"), new AddTag("Niger")], "awa", CancellationToken.None));
        var tagged = await ReloadAsync(article);
        Assert.Equal(["Instructeurs", "Niger"], tagged.Tags);

        await Reviewer.ApplyAsync(tagged.Snapshot with { Version = first.Version }, [new RemoveTag("niger")], "awa", CancellationToken.None);
        Assert.Equal(["Instructeurs"], (await ReloadAsync(article)).Tags);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_that_shows_the_first_editors_change_and_stores_nothing_of_theirs()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        var lavrov = Finding(article, FindingKind.Actor, "sergei-lavrov");
        var quote = Assert.Single(article.Findings, f => f.Kind == FindingKind.Quote);

        Assert.IsType<ReviewSaved>(await Reviewer.ApplyAsync(article.Snapshot, [new ConfirmFinding(FindingKind.Actor, lavrov.Id)], "awa", CancellationToken.None));
        var outcome = await Reviewer.ApplyAsync(article.Snapshot, [new RejectFinding(FindingKind.Actor, lavrov.Id), new ConfirmFinding(FindingKind.Quote, quote.Id)], "ibrahim", CancellationToken.None);

        var conflict = Assert.IsType<ReviewConflict>(outcome);
        var change = Assert.Single(conflict.Changes);
        Assert.Equal(("awa", "confirmed", "Actor", lavrov.Id.ToString()), (change.User, change.Action, change.EntityType, change.EntityKey));
        var after = await ReloadAsync(article);
        Assert.Equal((ReviewState.Confirmed, "awa"), (After(after, lavrov).State, After(after, lavrov).DecidedBy));
        Assert.Equal(ReviewState.Suggested, After(after, quote).State);
    }

    [Fact]
    public async Task Two_editors_saving_at_the_same_moment_never_both_win()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        var lavrov = Finding(article, FindingKind.Actor, "sergei-lavrov");

        var outcomes = await Task.WhenAll(
            Reviewer.ApplyAsync(article.Snapshot, [new ConfirmFinding(FindingKind.Actor, lavrov.Id)], "awa", CancellationToken.None),
            Reviewer.ApplyAsync(article.Snapshot, [new RejectFinding(FindingKind.Actor, lavrov.Id)], "ibrahim", CancellationToken.None));

        var winner = Assert.Single(outcomes.OfType<ReviewSaved>());
        Assert.Single(outcomes.OfType<ReviewConflict>());
        var after = await ReloadAsync(article);
        Assert.Equal(winner.Version, after.Snapshot.Version);
        Assert.Equal(outcomes[0] is ReviewSaved ? "awa" : "ibrahim", After(after, lavrov).DecidedBy);
    }

    [Fact]
    public async Task A_decision_naming_what_does_not_exist_is_refused_and_the_others_with_it_are_not_stored()
    {
        var article = await ReviewedArticle.TakeInAsync(database);
        var lavrov = Finding(article, FindingKind.Actor, "sergei-lavrov");

        var error = await Assert.ThrowsAsync<ReviewDecisionException>(() => Reviewer.ApplyAsync(
            article.Snapshot, [new ConfirmFinding(FindingKind.Actor, lavrov.Id), new CorrectTarget(FindingKind.Actor, lavrov.Id, "personne-inconnue")], "awa", CancellationToken.None));

        Assert.Contains("personne-inconnue", error.Message, StringComparison.Ordinal);
        var after = await ReloadAsync(article);
        Assert.Equal(ReviewState.Suggested, After(after, lavrov).State);
        Assert.Equal(article.Snapshot.Version, after.Snapshot.Version);
    }

    [Fact]
    public async Task Rejecting_the_only_article_behind_an_event_takes_it_out_of_the_event_sources()
    {
        var article = await ReviewedArticle.TakeInAsync(database, """
            Moscou, le 3 avril 2025 – Les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger ont rencontré
            Sergueï Lavrov à Moscou pour la première réunion quadripartite consacrée à la sécurité au Sahel et à la coopération militaire.
            """);
        var meeting = article.Findings.FirstOrDefault(f => f.Kind == FindingKind.Event && f.TargetKey == "moscow-quadripartite-2025-04");
        Assert.NotNull(meeting);
        var before = await SourcesAsync("moscow-quadripartite-2025-04");

        await Reviewer.ApplyAsync(article.Snapshot, [new RejectFinding(FindingKind.Event, meeting.Id)], "awa", CancellationToken.None);

        Assert.Equal(before.Articles - 1, (await SourcesAsync("moscow-quadripartite-2025-04")).Articles);
    }

    private async Task<Corroboration> SourcesAsync(string key)
    {
        await using var db = database.NewContext();
        return await db.Events.Where(e => e.Key == key).Select(e => e.Sources).SingleAsync();
    }

    private async Task<ArticleUnderReview> ReloadAsync(ArticleUnderReview article) =>
        await Reviews.GetAsync(article.Id, CancellationToken.None) ?? throw new InvalidOperationException("gone");

    private static ReviewFinding Finding(ArticleUnderReview article, FindingKind kind, string key) =>
        article.Findings.First(f => f.Kind == kind && f.TargetKey == key);

    private static ReviewFinding After(ArticleUnderReview article, ReviewFinding finding) =>
        Assert.Single(article.Findings, f => f.Kind == finding.Kind && f.Id == finding.Id);
}

public sealed class ArticleReviewerTestsOnSqlite(SqliteDatabaseFixture database) : ArticleReviewerTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticleReviewerTestsOnPostgres(PostgresDatabaseFixture database) : ArticleReviewerTests(database), IClassFixture<PostgresDatabaseFixture>;
