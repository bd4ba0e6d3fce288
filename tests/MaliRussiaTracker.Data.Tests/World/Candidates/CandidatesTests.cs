using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Data.Tests.Review;
using MaliRussiaTracker.Data.World;
using MaliRussiaTracker.Data.World.Candidates;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.World.Candidates;

public abstract class CandidatesTests(DatabaseFixture database)
{
    private CandidateListQuery Query => database.Services.GetRequiredService<CandidateListQuery>();

    private CandidateDecisions Decisions => database.Services.GetRequiredService<CandidateDecisions>();

    // Each test brings in its own company (a name of letters only, as the engine reads a proper noun): the class's tests share one database.
    private static string NewCompany() => "Volgatrans" + new string([.. Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6)]);

    private static string Article(string company, int day) => $"""
        Bamako, le {day} mars 2026 – La société russe {company} a livré au Mali un lot de camions militaires et de pièces
        détachées, selon le ministère malien de la Défense, qui évoque une coopération appelée à durer.
        """;

    private async Task<List<long>> TakeInAsync(string company, int articles)
    {
        var ids = new List<long>();
        for (var i = 1; i <= articles; i++)
            ids.Add((await ReviewedArticle.TakeInAsync(database, Article(company, i))).Id);
        return ids;
    }

    private async Task<CandidateRow> TheOneAsync(string company) =>
        Assert.Single((await Query.ListAsync(new CandidateFilter(Text: company.ToLowerInvariant()), 0, 25, CancellationToken.None)).Rows);

    [Fact]
    public async Task An_organisation_named_in_three_articles_is_one_candidate_with_its_count_its_words_and_its_articles()
    {
        var company = NewCompany();
        var articles = await TakeInAsync(company, 3);

        var row = await TheOneAsync(company);

        Assert.Equal((CandidateKind.Organisation, company, 3), (row.Kind, row.Name, row.Articles));
        Assert.Contains($"société russe {company}", row.Evidence, StringComparison.Ordinal);
        Assert.Equal(articles.Order(), row.Seen.Select(a => a.Id).Order());
        Assert.Single((await Query.ListAsync(new CandidateFilter(CandidateKind.Organisation, company), 0, 25, CancellationToken.None)).Rows);
        Assert.Empty((await Query.ListAsync(new CandidateFilter(CandidateKind.Person, company), 0, 25, CancellationToken.None)).Rows);
    }

    [Fact]
    public async Task Candidates_of_every_kind_are_paged_together_most_articles_first()
    {
        var company = NewCompany();
        await TakeInAsync(company, 2);
        await using (var db = database.NewContext())
        {
            db.Places.Add(new Place { Slug = $"place-{company}", Name = $"Aéroport {company}", Status = EntryStatus.Candidate });
            db.Events.Add(new Event { Key = $"event-{company}", Title = $"Livraison {company}", Date = PartialDate.OfMonth(2026, 3), Status = EntryStatus.Candidate });
            db.Agreements.Add(new Agreement { Key = $"agreement-{company}", Title = $"Contrat {company}", Status = EntryStatus.Candidate });
            db.Agreements.Add(new Agreement { Key = $"confirmed-{company}", Title = $"Accord {company}", Status = EntryStatus.Confirmed });
            await db.SaveChangesAsync();
        }

        var first = await Query.ListAsync(new CandidateFilter(Text: company), 0, 2, CancellationToken.None);
        var rest = await Query.ListAsync(new CandidateFilter(Text: company), 2, 2, CancellationToken.None);

        Assert.Equal(4, first.Total);
        Assert.Equal([(CandidateKind.Organisation, 2), (CandidateKind.Place, 0)], first.Rows.Select(r => (r.Kind, r.Articles)));
        Assert.Equal([CandidateKind.Agreement, CandidateKind.Event], rest.Rows.Select(r => r.Kind));
    }

    [Fact]
    public async Task A_candidate_confirmed_with_its_names_and_kind_is_the_actor_the_next_article_names()
    {
        var company = NewCompany();
        await TakeInAsync(company, 1);
        var row = await TheOneAsync(company);

        await Decisions.ConfirmAsync(row.Kind, row.Key, new CandidateConfirmation($"{company} SA", CandidateKind.Organisation, [company]), "awa", CancellationToken.None);

        var next = await ReviewedArticle.TakeInAsync(database, Article(company, 20));
        var finding = Assert.Single(next.Findings, f => f.TargetKey == row.Key);
        Assert.False(finding.TargetIsCandidate);
        Assert.Empty((await Query.ListAsync(new CandidateFilter(Text: company), 0, 25, CancellationToken.None)).Rows);
        await using var db = database.NewContext();
        var actor = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == row.Key);
        Assert.Equal(($"{company} SA", ActorKind.Organisation, EntryStatus.Confirmed), (actor.Name, actor.Kind, actor.Status));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Actor" && a.EntityKey == row.Key);
        Assert.Equal(("awa", "confirmed"), (audit.User, audit.Action));
    }

    [Fact]
    public async Task A_rejected_candidate_is_gone_and_a_later_article_does_not_propose_it_again()
    {
        var company = NewCompany();
        var articles = await TakeInAsync(company, 2);
        var row = await TheOneAsync(company);

        await Decisions.RejectAsync(row.Kind, row.Key, "awa", CancellationToken.None);
        var later = await ReviewedArticle.TakeInAsync(database, Article(company, 21));

        Assert.DoesNotContain(later.Findings, f => f.TargetKey == row.Key);
        Assert.Empty((await Query.ListAsync(new CandidateFilter(Text: company), 0, 25, CancellationToken.None)).Rows);
        await using var db = database.NewContext();
        Assert.False(await db.Actors.AnyAsync(a => a.Slug == row.Key));
        Assert.False(await db.Mentions.AnyAsync(m => articles.Contains(m.ArticleId) && m.Evidence.Contains(company)));
        var rejected = await db.RejectedCandidates.SingleAsync(r => r.Key == row.Key);
        Assert.Equal((WorldEntryKind.Actor, company, "awa"), (rejected.Kind, rejected.Name, rejected.RejectedBy));
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Actor" && a.EntityKey == row.Key);
        Assert.Equal("rejected", audit.Action);
    }

    [Fact]
    public async Task A_candidate_merged_into_a_confirmed_organisation_brings_its_articles_and_only_confirmed_entries_are_offered()
    {
        var company = NewCompany();
        var articles = await TakeInAsync(company, 2);
        var row = await TheOneAsync(company);
        await using (var setup = database.NewContext())
        {
            setup.Actors.Add(new Actor { Slug = $"groupe-{company.ToLowerInvariant()}", Name = $"Groupe {company}", Kind = ActorKind.Organisation, Status = EntryStatus.Confirmed });
            await setup.SaveChangesAsync();
        }

        var choices = await database.Services.GetRequiredService<WorldChoicesQuery>().FindAsync(FindingKind.Actor, company, 20, confirmedOnly: true, CancellationToken.None);
        var into = Assert.Single(choices);
        await Decisions.MergeAsync(row.Kind, row.Key, into.Key, "awa", CancellationToken.None);

        await using var db = database.NewContext();
        var kept = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == into.Key);
        Assert.Contains(kept.Aliases, a => a.Text == company);
        Assert.Equal(articles.Order(), (await db.Mentions.Where(m => m.ActorId == kept.Id).Select(m => m.ArticleId).ToListAsync()).Order());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityKey == row.Key && a.Action == "merged"));
    }

    [Fact]
    public async Task A_decision_on_an_entry_that_is_not_a_candidate_is_refused()
    {
        await Assert.ThrowsAsync<WorldEditException>(() => Decisions.RejectAsync(CandidateKind.Person, "sergei-lavrov", "awa", CancellationToken.None));
        await Assert.ThrowsAsync<WorldEditException>(() => Decisions.ConfirmAsync(CandidateKind.Event, "pas-un-candidat", new CandidateConfirmation("X", CandidateKind.Event, []), "awa", CancellationToken.None));
    }
}

public sealed class CandidatesTestsOnSqlite(SqliteDatabaseFixture database) : CandidatesTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class CandidatesTestsOnPostgres(PostgresDatabaseFixture database) : CandidatesTests(database), IClassFixture<PostgresDatabaseFixture>;
