using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Outlets;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MaliRussiaTracker.Ingestion.Tests.Outlets;

/// <summary>
/// Corroboration counts independent voices: outlets of one owner are one voice. Each test uses an event of the
/// starting world no other test of the class touches, so no test counts what another made.
/// </summary>
public abstract class OutletCorroborationTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly DatabaseFixture _database;
    private readonly ServiceProvider _services;

    protected OutletCorroborationTests(DatabaseFixture database)
    {
        _database = database;
        _services = DatabaseFixture.BuildServices(database.Settings, services => services.AddSingleton<TimeProvider>(_clock));
    }

    private ArticleIntake Intake => _services.GetRequiredService<ArticleIntake>();

    public async Task InitializeAsync() => await _services.GetRequiredService<WorldSeeder>().SeedAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Three_outlets_of_one_owner_are_one_independent_voice_and_the_claim_is_marked()
    {
        await SubmitAsync("https://tass.com/politics/1", Bamex.Take(1));
        await SubmitAsync("https://fr.sputniknews.africa/20251111/2", Bamex.Skip(1).Take(1));
        await SubmitAsync("https://francais.rt.com/international/3", Bamex.Skip(2).Take(1));

        var sources = await SourcesAsync("bamex-2025");

        Assert.Equal((3, 3, 1, "russian-state"), (sources.Articles, sources.Outlets, sources.Voices, sources.SoleVoice));
        Assert.True(sources.IsSingleOwner);
    }

    [Fact]
    public async Task An_independent_outlets_article_lifts_the_single_owner_mark()
    {
        await SubmitAsync("https://tass.com/politics/4", Novak.Take(1));
        await SubmitAsync("https://francais.rt.com/international/5", Novak.Skip(1).Take(1));
        Assert.True((await SourcesAsync("novak-visit-bamako-2024-11")).IsSingleOwner);

        await SubmitAsync("https://www.maliweb.net/politique/6", Novak.Skip(2).Take(1));

        var sources = await SourcesAsync("novak-visit-bamako-2024-11");
        Assert.Equal((2, null), (sources.Voices, sources.SoleVoice));
        Assert.False(sources.IsSingleOwner);
    }

    [Fact]
    public async Task Re_classifying_an_outlets_owner_counts_every_event_it_backs_again()
    {
        await SubmitAsync("https://www.lessor.ml/article/7", Quadripartite.Take(1));
        await SubmitAsync("https://www.journaldumali.com/2025/04/03/8", Quadripartite.Skip(1).Take(1));
        Assert.Equal(2, (await SourcesAsync("moscow-quadripartite-2025-04")).Voices);

        var editor = _services.GetRequiredService<OutletEditor>();
        var (values, _) = (await editor.LoadAsync("journal-du-mali", CancellationToken.None))!.Value;
        await editor.SaveAsync("journal-du-mali", values with { OwnerGroup = "malian-state", OwnerName = "État malien" }, "editeur", CancellationToken.None);

        var sources = await SourcesAsync("moscow-quadripartite-2025-04");
        Assert.Equal((1, "malian-state"), (sources.Voices, sources.SoleVoice));
        Assert.True(sources.IsSingleOwner);
        await using var db = _database.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Outlet" && e.EntityKey == "journal-du-mali" && e.User == "editeur"));
    }

    [Fact]
    public async Task An_unknown_domain_becomes_one_candidate_outlet_for_editors()
    {
        var first = await SubmitAsync("https://www.nouveau-journal.example/a/9", Unlinked.Take(1));
        var second = await SubmitAsync("https://nouveau-journal.example/b/10", Unlinked.Skip(1).Take(1));

        await using var db = _database.NewContext();
        var candidate = await db.Outlets.SingleAsync(o => o.Slug == "nouveau-journal-example");
        Assert.Equal((EntryStatus.Candidate, OutletKind.Unclassified, "nouveau-journal.example"), (candidate.Status, candidate.Kind, Assert.Single(candidate.Domains)));
        var articles = await db.Articles.Where(a => a.Id == first || a.Id == second).Select(a => a.OutletId).ToListAsync();
        Assert.All(articles, id => Assert.Equal(candidate.Id, id));
    }

    [Fact]
    public async Task A_reprinted_dispatch_counts_as_its_agencys_voice()
    {
        var id = await SubmitAsync("https://www.maliweb.net/international/11", ["BAMAKO (AFP) – " + Unlinked[2]]);

        await using var db = _database.NewContext();
        var article = await db.Articles.SingleAsync(a => a.Id == id);
        var outlets = await db.Outlets.Where(o => o.Id == article.OutletId || o.Id == article.AgencyId).ToDictionaryAsync(o => o.Id, o => o.Slug);
        Assert.Equal(("maliweb", "afp", "afp"), (outlets[article.OutletId!.Value], outlets[article.AgencyId!.Value], article.Voice));
    }

    [Fact]
    public async Task Leaving_out_Russian_state_media_counts_the_timeline_again_from_the_other_voices()
    {
        await SubmitAsync("https://tass.com/politics/12", Kremlin.Take(1));
        await SubmitAsync("https://www.maliweb.net/politique/13", Kremlin.Skip(1));
        var timeline = _services.GetRequiredService<TimelineQuery>();
        var whole = await timeline.GetAsync(new TimelineFilter { Text = "Kremlin" }, 0, 10, CancellationToken.None);
        Assert.False(Assert.Single(whole.Entries, e => e.Key == "kremlin-visit-2025-06").Sources.IsSingleSource);

        var without = await timeline.GetAsync(new TimelineFilter { Text = "Kremlin", WithoutOwners = ["russian-state"] }, 0, 10, CancellationToken.None);
        var onlyRussian = await timeline.GetAsync(new TimelineFilter { Text = "Kremlin", Owner = "russian-state" }, 0, 10, CancellationToken.None);
        var withoutStateWires = await timeline.GetAsync(new TimelineFilter { Text = "Kremlin", WithoutKinds = [OutletKind.WireAgency] }, 0, 10, CancellationToken.None);

        var left = Assert.Single(without.Entries, e => e.Key == "kremlin-visit-2025-06").Sources;
        Assert.Equal((1, 1, "outlet:maliweb"), (left.Stories, left.Voices, left.SoleVoice));
        Assert.True(left.IsSingleSource);
        Assert.Equal("russian-state", Assert.Single(onlyRussian.Entries, e => e.Key == "kremlin-visit-2025-06").Sources.SoleVoice);
        Assert.Equal(1, Assert.Single(withoutStateWires.Entries, e => e.Key == "kremlin-visit-2025-06").Sources.Stories);
    }

    private async Task<long> SubmitAsync(string url, IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines.Append(Cooperation)) + $"\nRéf. {Guid.NewGuid():N}";
        var result = await Intake.SubmitAsync(new ArticleSubmission(text) { Url = url }, CancellationToken.None);
        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        return result.ArticleId;
    }

    private async Task<Corroboration> SourcesAsync(string key)
    {
        await using var db = _database.NewContext();
        return (await db.Events.SingleAsync(e => e.Key == key)).Sources;
    }

    // What makes each text on-topic for the engine (Mali–Russia military cooperation), so it links its event.
    private const string Cooperation = "La coopération militaire entre le Mali et la Russie se renforce : Moscou livre des armes et forme les soldats maliens.";

    // Texts written for these tests, one paragraph an outlet, each telling the event in its own words.
    private static readonly string[] Bamex =
    [
        "Le mardi 11 novembre 2025, en marge du salon BAMEX 2025 à Bamako, le président Assimi Goïta a reçu une délégation russe conduite par le vice-ministre de la Défense.",
        "Au salon de la défense BAMEX 2025, ouvert à Bamako le 11 novembre 2025, une délégation russe de haut niveau a été reçue par Assimi Goïta.",
        "Une délégation russe a rencontré le colonel Assimi Goïta à Bamako le 11 novembre 2025, pendant le salon BAMEX 2025 consacré à la sécurité.",
    ];

    // Two stories of one event: the visit, and the Transition's parliament looking back on it a week later.
    private static readonly string[] Kremlin =
    [
        "Le lundi 23 juin 2025, Assimi Goïta a été reçu au Kremlin par Vladimir Poutine pour une visite officielle en Russie.",
        "Le Conseil national de Transition a examiné le 30 juin 2025 les retombées de la visite officielle d'Assimi Goïta au Kremlin, où le président malien avait rencontré Vladimir Poutine le 23 juin 2025.",
    ];

    private static readonly string[] Unlinked =
    [
        "Les observateurs suivent de près l'évolution des partenariats du pays.",
        "Les analystes s'interrogent sur la durée de ce partenariat.",
        "Le débat sur les alliances du pays se poursuit.",
    ];

    private static readonly string[] Quadripartite =
    [
        "Le jeudi 3 avril 2025, Sergueï Lavrov a reçu à Moscou Abdoulaye Diop et ses homologues du Burkina Faso et du Niger pour une réunion quadripartite.",
        "Réunis à Moscou le 3 avril 2025, Sergueï Lavrov et les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger ont publié un communiqué conjoint.",
    ];

    private static readonly string[] Novak =
    [
        "En novembre 2024, le vice-Premier ministre russe Alexandre Novak s'est rendu à Bamako pour rencontrer les autorités maliennes.",
        "Alexandre Novak, vice-Premier ministre de Russie, était à Bamako en novembre 2024 avec une délégation économique.",
        "Le vice-Premier ministre russe Alexandre Novak a séjourné à Bamako en novembre 2024.",
    ];
}

public sealed class OutletCorroborationTestsOnSqlite(SqliteDatabaseFixture database) : OutletCorroborationTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class OutletCorroborationTestsOnPostgres(PostgresDatabaseFixture database) : OutletCorroborationTests(database), IClassFixture<PostgresDatabaseFixture>;
