using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pipeline;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Pipeline;

public abstract class ReanalysisTests(DatabaseFixture database)
{
    private const string Text = """
        Bamako, le 12 mars 2026 – Le ministre malien des Affaires étrangères, Abdoulaye Diop, a reçu mardi à Bamako
        son homologue russe Sergueï Lavrov pour une visite consacrée à la coopération militaire entre le Mali et la Russie.
        « Nous avons passé en revue l'ensemble de notre coopération de défense », a déclaré M. Lavrov devant la presse.
        Le colonel Assimi Goïta a ensuite reçu la délégation au palais de Koulouba.
        """;

    [Fact]
    public async Task Reanalysis_keeps_what_editors_confirmed_and_rejected_and_suggests_them_no_more()
    {
        await database.Services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);
        var stored = await database.Services.GetRequiredService<ArticleIntake>().SubmitAsync(
            new ArticleSubmission(Text) { Url = $"https://reanalyse.example/{Guid.NewGuid():N}" }, CancellationToken.None);
        var decidedAt = new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero);
        int suggestedBefore;
        await using (var db = database.NewContext())
        {
            var mentions = await db.Mentions.Include(m => m.Actor).Where(m => m.ArticleId == stored.ArticleId).ToListAsync();
            Decide(mentions.Single(m => m.Actor?.Slug == "sergei-lavrov"), ReviewState.Confirmed, decidedAt);
            Decide(mentions.Single(m => m.Actor?.Slug == "abdoulaye-diop"), ReviewState.Rejected, decidedAt);
            var quote = await db.Quotes.SingleAsync(q => q.ArticleId == stored.ArticleId);
            Decide(quote, ReviewState.Confirmed, decidedAt);
            await db.SaveChangesAsync();
            suggestedBefore = mentions.Count(m => m.State == ReviewState.Suggested);
        }

        await database.Services.GetRequiredService<ArticleReanalysis>().ReanalyseAsync(stored.ArticleId, CancellationToken.None);
        await database.Services.GetRequiredService<ArticleReanalysis>().ReanalyseAsync(stored.ArticleId, CancellationToken.None);

        await using var check = database.NewContext();
        var after = await check.Mentions.Include(m => m.Actor).Where(m => m.ArticleId == stored.ArticleId).ToListAsync();
        var lavrov = Assert.Single(after, m => m.Actor?.Slug == "sergei-lavrov");
        Assert.Equal((ReviewState.Confirmed, "editor", decidedAt), (lavrov.State, lavrov.DecidedBy, lavrov.DecidedAt));
        Assert.Equal(ReviewState.Rejected, Assert.Single(after, m => m.Actor?.Slug == "abdoulaye-diop").State);
        Assert.Equal(suggestedBefore, after.Count(m => m.State == ReviewState.Suggested));
        Assert.Contains(after, m => m.Actor?.Slug == "assimi-goita" && m.State == ReviewState.Suggested);
        var quotes = await check.Quotes.Where(q => q.ArticleId == stored.ArticleId).ToListAsync();
        Assert.Equal(ReviewState.Confirmed, Assert.Single(quotes).State);
    }

    [Fact]
    public async Task Every_kind_of_editor_decision_holds_after_the_article_is_analysed_again()
    {
        await database.Services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);
        var stored = await database.Services.GetRequiredService<ArticleIntake>().SubmitAsync(
            new ArticleSubmission(Text) { Url = $"https://reanalyse.example/{Guid.NewGuid():N}" }, CancellationToken.None);
        var reviews = database.Services.GetRequiredService<ArticleReviewQuery>();
        var article = (await reviews.GetAsync(stored.ArticleId, CancellationToken.None))!;
        var lavrov = article.Findings.First(f => f.Kind == FindingKind.Actor && f.TargetKey == "sergei-lavrov");
        var diop = article.Findings.First(f => f.Kind == FindingKind.Actor && f.TargetKey == "abdoulaye-diop");
        var goita = article.Findings.First(f => f.Kind == FindingKind.Actor && f.TargetKey == "assimi-goita");
        var date = article.Findings.First(f => f.Kind == FindingKind.Date);
        var quote = article.Findings.Single(f => f.Kind == FindingKind.Quote);

        var outcome = await database.Services.GetRequiredService<ArticleReviewer>().ApplyAsync(article.Snapshot, [
            new ConfirmFinding(FindingKind.Actor, lavrov.Id),
            new RejectFinding(FindingKind.Actor, diop.Id),
            new CorrectTarget(FindingKind.Actor, goita.Id, "ibrahim-traore"),
            new CorrectDate(date.Id, PartialDate.Parse("2026-03-11")),
            new CorrectSpeaker(quote.Id, "maria-zakharova", null),
            new AddTag("visite"),
            new SetRelevance(false),
        ], "awa", CancellationToken.None);
        Assert.IsType<ReviewSaved>(outcome);

        await database.Services.GetRequiredService<ArticleReanalysis>().ReanalyseAsync(stored.ArticleId, CancellationToken.None);

        var after = (await reviews.GetAsync(stored.ArticleId, CancellationToken.None))!;
        ReviewFinding[] Of(FindingKind kind, string key) => [.. after.Findings.Where(f => f.Kind == kind && f.TargetKey == key)];
        Assert.Equal([ReviewState.Confirmed], Of(FindingKind.Actor, "sergei-lavrov").Select(f => f.State));
        Assert.Equal([ReviewState.Rejected], Of(FindingKind.Actor, "abdoulaye-diop").Select(f => f.State));
        Assert.Equal([ReviewState.Rejected], Of(FindingKind.Actor, "assimi-goita").Select(f => f.State));
        Assert.Equal([ReviewState.Confirmed], Of(FindingKind.Actor, "ibrahim-traore").Select(f => f.State));
        var dates = after.Findings.Where(f => f.Kind == FindingKind.Date && f.Start == date.Start).ToList();
        Assert.Equal([(date.Date, ReviewState.Rejected), (PartialDate.Parse("2026-03-11"), ReviewState.Confirmed)],
            dates.OrderBy(f => f.State).Select(f => (f.Date, f.State)).Reverse());
        var spoken = after.Findings.Single(f => f.Kind == FindingKind.Quote);
        Assert.Equal(("maria-zakharova", ReviewState.Confirmed), (spoken.TargetKey, spoken.State));
        Assert.Equal((false, "awa"), (after.IsRelevant, after.RelevanceDecidedBy));
        Assert.Equal(["visite"], after.Tags);
    }

    [Fact]
    public async Task Reanalysis_of_an_article_that_does_not_exist_says_so()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => database.Services.GetRequiredService<ArticleReanalysis>().ReanalyseAsync(-5, CancellationToken.None));

        Assert.Contains("-5", error.Message, StringComparison.Ordinal);
    }

    private static void Decide(IReviewed finding, ReviewState state, DateTimeOffset at)
    {
        finding.State = state;
        finding.DecidedBy = "editor";
        finding.DecidedAt = at;
    }
}

public sealed class ReanalysisTestsOnSqlite(SqliteDatabaseFixture database) : ReanalysisTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ReanalysisTestsOnPostgres(PostgresDatabaseFixture database) : ReanalysisTests(database), IClassFixture<PostgresDatabaseFixture>;
