using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Data.Tests.Review;
using MaliRussiaTracker.Data.World;
using MaliRussiaTracker.Ingestion.Pipeline;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.World;

public abstract class ActorEditorTests(DatabaseFixture database)
{
    // Each test brings in its own new person: the class's tests share one database.
    private static string NewPerson(string name) => $"""
        Ouagadougou, le 9 février 2026 – Le nouveau ministre burkinabè de la Défense, le colonel {name}, a reçu
        une délégation russe pour parler de coopération militaire. « La Russie reste un partenaire stratégique du Burkina Faso »,
        a déclaré le colonel {name} à l'issue de la rencontre.
        """;

    private ActorEditor Editor => database.Services.GetRequiredService<ActorEditor>();

    [Fact]
    public async Task A_confirmed_candidate_with_its_aliases_is_known_to_the_engine_at_once()
    {
        var article = await ReviewedArticle.TakeInAsync(database, NewPerson("Issoufou Sawadogo"));
        var candidate = article.Findings.First(f => f.Kind == FindingKind.Actor && f.TargetIsCandidate);
        var engine = database.Services.GetRequiredService<AnalysisEngine>();
        await engine.GetAsync(CancellationToken.None);

        await Editor.SaveAsync(candidate.TargetKey!, new ActorChanges("Issoufou Sawadogo", ActorKind.Person, "Ministre de la Défense du Burkina Faso",
            ["Issoufou Sawadogo", "Sawadogo"], ["ministre burkinabè de la Défense"]), "awa", CancellationToken.None);

        await using (var db = database.NewContext())
        {
            var actor = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == candidate.TargetKey);
            Assert.Equal(EntryStatus.Confirmed, actor.Status);
            Assert.Contains(actor.Aliases, a => a.Text == "ministre burkinabè de la Défense" && a.Kind == AliasKind.Role);
            var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == "Actor" && a.EntityKey == candidate.TargetKey);
            Assert.Equal(("awa", "confirmed"), (audit.User, audit.Action));
        }

        var loaded = await engine.GetAsync(CancellationToken.None);
        var reading = loaded.Analyzer.Read("nouvel article", "Le ministre Sawadogo a rencontré à Moscou des responsables russes de la défense.");
        Assert.Contains(reading.Mentions, m => m.Slug == candidate.TargetKey);
    }

    [Fact]
    public async Task Merging_moves_mentions_quotes_and_names_to_the_kept_actor()
    {
        var article = await ReviewedArticle.TakeInAsync(database, NewPerson("Karim Ouédraogo"));
        var candidate = article.Findings.First(f => f.Kind == FindingKind.Actor && f.TargetIsCandidate);
        await using (var setup = database.NewContext())
        {
            setup.Actors.Add(new Actor { Slug = "karim-ouedraogo-" + article.Id, Name = "Karim Ouédraogo (ministre)", Kind = ActorKind.Person });
            await setup.SaveChangesAsync();
        }

        await Editor.MergeAsync(candidate.TargetKey!, "karim-ouedraogo-" + article.Id, "awa", CancellationToken.None);

        await using var db = database.NewContext();
        Assert.False(await db.Actors.AnyAsync(a => a.Slug == candidate.TargetKey));
        var kept = await db.Actors.Include(a => a.Aliases).SingleAsync(a => a.Slug == "karim-ouedraogo-" + article.Id);
        Assert.Contains(kept.Aliases, a => a.Kind == AliasKind.Name);
        Assert.Contains(await db.Mentions.Where(m => m.ArticleId == article.Id).Select(m => m.ActorId).ToListAsync(), id => id == kept.Id);
        var merged = await db.AuditEntries.SingleAsync(a => a.EntityKey == candidate.TargetKey && a.Action == "merged");
        Assert.Contains(kept.Slug, merged.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_of_an_actor_that_does_not_exist_or_without_a_name_is_refused()
    {
        await Assert.ThrowsAsync<WorldEditException>(() => Editor.SaveAsync("personne", new ActorChanges("X", ActorKind.Person, null, [], []), "awa", CancellationToken.None));
        await Assert.ThrowsAsync<WorldEditException>(() => Editor.MergeAsync("sergei-lavrov", "sergei-lavrov", "awa", CancellationToken.None));
        var error = await Assert.ThrowsAsync<WorldEditException>(() => Editor.SaveAsync("sergei-lavrov", new ActorChanges(" ", ActorKind.Person, null, [], []), "awa", CancellationToken.None));
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }
}

public sealed class ActorEditorTestsOnSqlite(SqliteDatabaseFixture database) : ActorEditorTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ActorEditorTestsOnPostgres(PostgresDatabaseFixture database) : ActorEditorTests(database), IClassFixture<PostgresDatabaseFixture>;
