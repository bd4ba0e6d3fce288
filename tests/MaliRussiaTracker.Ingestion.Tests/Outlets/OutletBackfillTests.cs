using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Data.Sourcing;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MaliRussiaTracker.Ingestion.Tests.Outlets;

/// <summary>
/// Articles stored before the registry existed get their outlet when the registry is first seeded, and what they
/// back is counted again. The state before it is made by taking the registry and the articles' outlets away.
/// </summary>
public abstract class OutletBackfillTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly DatabaseFixture _database;
    private readonly ServiceProvider _services;

    protected OutletBackfillTests(DatabaseFixture database)
    {
        _database = database;
        _services = DatabaseFixture.BuildServices(database.Settings, services => services.AddSingleton<TimeProvider>(_clock));
    }

    public async Task InitializeAsync() => await _services.GetRequiredService<WorldSeeder>().SeedAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Articles_stored_before_the_registry_get_their_outlet_at_the_next_start_and_their_event_is_counted_again()
    {
        var tass = await SubmitAsync("https://tass.com/politics/backfill-1", Kremlin[0]);
        var maliweb = await SubmitAsync("https://www.maliweb.net/politique/backfill-2", Kremlin[1]);
        await ForgetTheRegistryAsync([tass, maliweb]);
        Assert.Equal(0, (await SourcesAsync()).Voices);

        var report = await _services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);

        Assert.Equal(2, report.ArticlesIdentified);
        await using var db = _database.NewContext();
        var outlets = await db.Articles.Where(a => a.Id == tass || a.Id == maliweb).OrderBy(a => a.Id)
            .Select(a => new { Slug = db.Outlets.Where(o => o.Id == a.OutletId).Select(o => o.Slug).FirstOrDefault(), a.Voice, a.Outlet })
            .ToListAsync();
        Assert.Equal([("tass", "russian-state", "TASS"), ("maliweb", "outlet:maliweb", "Maliweb")], outlets.Select(o => (o.Slug, o.Voice, o.Outlet)));
        var sources = await SourcesAsync();
        Assert.Equal((2, 2, null), (sources.Outlets, sources.Voices, sources.SoleVoice));
    }

    [Fact]
    public async Task A_start_that_adds_no_outlet_reads_no_article_again()
    {
        var report = await _services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);

        Assert.Equal((0, 0), (report.World.Outlets, report.ArticlesIdentified));
    }

    // No outlets, and articles that name none, as a database of the tracker's first versions held them.
    private async Task ForgetTheRegistryAsync(long[] articles)
    {
        await using var db = _database.NewContext();
        await db.Articles.Where(a => articles.Contains(a.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.OutletId, (long?)null).SetProperty(a => a.AgencyId, (long?)null)
            .SetProperty(a => a.Voice, (string?)null).SetProperty(a => a.Outlet, (string?)null));
        await db.Outlets.ExecuteDeleteAsync();
        var ev = await db.Events.SingleAsync(e => e.Key == Event);
        await CorroborationCounter.RecountAsync(db, [ev.Id], [], CancellationToken.None);
    }

    private async Task<long> SubmitAsync(string url, string line)
    {
        var text = line + "\n" + Cooperation + $"\nRéf. {Guid.NewGuid():N}";
        var result = await _services.GetRequiredService<ArticleIntake>().SubmitAsync(new ArticleSubmission(text) { Url = url }, CancellationToken.None);
        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
        return result.ArticleId;
    }

    private async Task<Core.Domain.Corroboration> SourcesAsync()
    {
        await using var db = _database.NewContext();
        return (await db.Events.SingleAsync(e => e.Key == Event)).Sources;
    }

    private const string Event = "kremlin-visit-2025-06";

    private const string Cooperation = "La coopération militaire entre le Mali et la Russie se renforce : Moscou livre des armes et forme les soldats maliens.";

    private static readonly string[] Kremlin =
    [
        "Le lundi 23 juin 2025, Assimi Goïta a été reçu au Kremlin par Vladimir Poutine pour une visite officielle en Russie.",
        "Le Conseil national de Transition a examiné le 30 juin 2025 les retombées de la visite officielle d'Assimi Goïta au Kremlin, où le président malien avait rencontré Vladimir Poutine le 23 juin 2025.",
    ];
}

public sealed class OutletBackfillTestsOnSqlite(SqliteDatabaseFixture database) : OutletBackfillTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class OutletBackfillTestsOnPostgres(PostgresDatabaseFixture database) : OutletBackfillTests(database), IClassFixture<PostgresDatabaseFixture>;
