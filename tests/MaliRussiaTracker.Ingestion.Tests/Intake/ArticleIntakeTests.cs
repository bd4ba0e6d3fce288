using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MaliRussiaTracker.Ingestion.Tests.Intake;

public abstract class ArticleIntakeTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero));
    private readonly DatabaseFixture database;
    private readonly ServiceProvider _services;

    protected ArticleIntakeTests(DatabaseFixture database)
    {
        this.database = database;
        _services = DatabaseFixture.BuildServices(database.Settings, services => services.AddSingleton<TimeProvider>(_clock));
    }

    private ArticleIntake Intake => _services.GetRequiredService<ArticleIntake>();

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_candidate_event_counts_the_articles_that_back_it()
    {
        // A date no known event covers, a known actor and place, and the word of an event: the machine proposes one.
        await _services.GetRequiredService<MaliRussiaTracker.Data.Seeding.WorldSeeder>().SeedAsync(CancellationToken.None);
        var tag = Guid.NewGuid().ToString("N")[..8];
        const string Text = """
            Le 17 février 2025, Sergueï Lavrov a présidé à Bamako la cérémonie de remise de blindés russes à l'armée malienne.
            La coopération militaire entre le Mali et la Russie se renforce : Moscou livre des armes et forme les soldats maliens.
            """;
        var first = await Intake.SubmitAsync(new ArticleSubmission(Text + $"\nRéf. {tag}-1") { Url = $"https://un.example/{tag}", Outlet = "Un" }, CancellationToken.None);
        var second = await Intake.SubmitAsync(new ArticleSubmission(Text + $"\nRéf. {tag}-2") { Url = $"https://deux.example/{tag}", Outlet = "Deux" }, CancellationToken.None);

        await using var db = database.NewContext();
        var candidates = await db.Mentions.Where(m => (m.ArticleId == first.ArticleId || m.ArticleId == second.ArticleId) && m.Event!.Status == EntryStatus.Candidate)
            .Select(m => m.Event!).Distinct().ToListAsync();
        var candidate = Assert.Single(candidates);
        Assert.Equal("Cérémonie : Sergueï Lavrov (Bamako)", candidate.Title);
        Assert.Equal(2, candidate.Sources.Articles);
    }

    [Fact]
    public async Task A_state_the_world_lacks_is_stored_as_a_candidate_state_for_editors()
    {
        await _services.GetRequiredService<MaliRussiaTracker.Data.Seeding.WorldSeeder>().SeedAsync(CancellationToken.None);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var result = await Intake.SubmitAsync(new ArticleSubmission($"Le Mali a reçu des drones de la Turquie, après ceux livrés par la Russie.\nRéf. {tag}")
        {
            Url = $"https://etats.example/{tag}", Outlet = "Etats",
        }, CancellationToken.None);

        await using var db = database.NewContext();
        var actors = await db.Mentions.Where(m => m.ArticleId == result.ArticleId && m.Actor!.Status == EntryStatus.Candidate).Select(m => m.Actor!).ToListAsync();
        var turkey = Assert.Single(actors);
        Assert.Equal(("turquie", "Turquie", ActorKind.State), (turkey.Slug, turkey.Name, turkey.Kind));
    }

    [Fact]
    public async Task A_place_the_world_lacks_is_not_stored_as_an_actor()
    {
        await _services.GetRequiredService<MaliRussiaTracker.Data.Seeding.WorldSeeder>().SeedAsync(CancellationToken.None);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var result = await Intake.SubmitAsync(new ArticleSubmission($"Les drones livrés par la Russie au Mali sont arrivés à Kindia jeudi.\nRéf. {tag}")
        {
            Url = $"https://lieux.example/{tag}", Outlet = "Lieux",
        }, CancellationToken.None);

        await using var db = database.NewContext();
        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        Assert.False(await db.Actors.AnyAsync(a => a.Name == "Kindia"));
    }

    [Fact]
    public async Task A_new_article_is_stored_analysed_with_its_keys_and_the_time_it_arrived()
    {
        var result = await Intake.SubmitAsync(new ArticleSubmission("Bamako et Moscou signent un accord.\r\nLe texte entre en vigueur en janvier.")
        {
            Url = "https://www.journal.example/accord?utm_source=rss", Title = "Un accord", Outlet = "Journal", Published = new DateOnly(2025, 11, 11),
        }, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        await using var db = database.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == result.ArticleId);
        Assert.Equal((ArticleStatus.Analysed, "https://journal.example/accord", "Journal"), (article.Status, article.CanonicalUrl, article.Outlet));
        Assert.Equal("fr", article.Language);
        Assert.NotNull(article.StoryId);
        Assert.Equal(_clock.GetUtcNow(), article.ReceivedAt);
        Assert.DoesNotContain('\r', article.CleanText);
        // The concurrency token editors' saves are checked against.
        Assert.NotEqual(Guid.Empty, article.Version);
    }

    [Fact]
    public async Task The_same_text_again_is_a_duplicate_of_the_first_and_is_not_stored()
    {
        var first = await Intake.SubmitAsync(new ArticleSubmission("Une délégation russe   reçue à Koulouba ce mardi."), CancellationToken.None);

        var again = await Intake.SubmitAsync(new ArticleSubmission("Une délégation russe reçue\nà Koulouba ce mardi.") { Url = "https://autre.example/x" }, CancellationToken.None);

        Assert.Equal(new IntakeResult(IntakeOutcome.Duplicate, first.ArticleId, $"same text as article {first.ArticleId}"), again);
    }

    [Fact]
    public async Task The_same_page_under_a_tracking_url_is_a_duplicate_even_when_its_text_changed()
    {
        var first = await Intake.SubmitAsync(new ArticleSubmission("Première version du texte sur la coopération.") { Url = "https://site.example/cooperation" }, CancellationToken.None);

        var again = await Intake.SubmitAsync(new ArticleSubmission("Version corrigée du texte sur la coopération.") { Url = "https://site.example/cooperation/?utm_campaign=x" }, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Duplicate, again.Outcome);
        Assert.Equal(first.ArticleId, again.ArticleId);
    }

    [Fact]
    public async Task Many_writers_submitting_one_article_at_once_store_it_once()
    {
        var submission = new ArticleSubmission("Le même article arrive par plusieurs flux au même moment.") { Url = "https://concurrent.example/a" };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Intake.SubmitAsync(submission, CancellationToken.None))));

        Assert.Single(results, r => r.Outcome == IntakeOutcome.Stored);
        Assert.Single(results.Select(r => r.ArticleId).Distinct());
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Articles.CountAsync(a => a.CanonicalUrl == "https://concurrent.example/a"));
    }

    [Fact]
    public async Task An_empty_text_is_refused_before_anything_is_stored()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Intake.SubmitAsync(new ArticleSubmission("   ") { Url = "https://empty.example/" }, CancellationToken.None));

        await using var db = database.NewContext();
        Assert.False(await db.Articles.AnyAsync(a => a.Url == "https://empty.example/"));
    }

    [Theory]
    [InlineData("url", "its URL has 3,021 characters, more than the 2,048 allowed")]
    [InlineData("outlet", "its outlet has 300 characters, more than the 200 allowed")]
    [InlineData("author", "its author has 300 characters, more than the 200 allowed")]
    [InlineData("javascript", "is not an http or https address")]
    [InlineData("data", "is not an http or https address")]
    [InlineData("file", "is not an http or https address")]
    public async Task A_field_the_article_cannot_keep_is_refused_with_its_reason_and_nothing_is_stored(string field, string reason)
    {
        var tag = Guid.NewGuid().ToString("N");
        var submission = new ArticleSubmission($"Dépêche {tag} : Bamako et Moscou signent un accord.") { Url = $"https://fields.example/{tag}" };
        submission = field switch
        {
            "url" => submission with { Url = "https://fields.example/" + new string('a', 2998) },
            "outlet" => submission with { Outlet = new string('o', 300) },
            "author" => submission with { Author = new string('p', 300) },
            "javascript" => submission with { Url = "javascript:alert(document.cookie)" },
            "data" => submission with { Url = "data:text/html,<script>alert(1)</script>" },
            _ => submission with { Url = "file:///etc/passwd" },
        };

        var result = await Intake.SubmitAsync(submission, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.False(await db.Articles.AnyAsync(a => a.CleanText.Contains(tag)));
    }

    [Fact]
    public async Task Control_characters_are_taken_out_of_the_text_and_the_title_and_a_long_title_is_shortened_and_marked()
    {
        var result = await Intake.SubmitAsync(new ArticleSubmission("Bamako\0 et Moscou\u0007 signent\u001b un accord de défense.")
        {
            Title = "Un accord\0 " + new string('t', 1500), Raw = "<p>Bamako\0</p>",
        }, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        await using var db = database.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == result.ArticleId);
        Assert.Equal("Bamako et Moscou signent un accord de défense.", article.CleanText);
        Assert.DoesNotContain('\0', article.RawText);
        Assert.Equal(1000, article.Title!.Length);
        Assert.StartsWith("Un accord ttt", article.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
    }
}

public sealed class ArticleIntakeTestsOnSqlite(SqliteDatabaseFixture database) : ArticleIntakeTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ArticleIntakeTestsOnPostgres(PostgresDatabaseFixture database) : ArticleIntakeTests(database), IClassFixture<PostgresDatabaseFixture>;
