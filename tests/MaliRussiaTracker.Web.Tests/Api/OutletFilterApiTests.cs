using System.Text;
using System.Text.Json;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Api;

/// <summary>
/// The API takes the pages' outlet filters (owner, kind, leave out) and says how independent the sources are:
/// stories, outlets, owner groups and the marks. Without the demo articles, so every article behind an entry is
/// one of this class's; each test uses its own entry of the starting world.
/// </summary>
public abstract class OutletFilterApiTests(DatabaseFixture database) : RunningApp(database, WithoutDemoArticles)
{
    // SQLite would load them by default, as an embedded install does.
    private static readonly Dictionary<string, string?> WithoutDemoArticles = new() { ["Database:LoadDemoArticles"] = "false" };

    [Fact]
    public async Task Leaving_out_Russian_state_media_in_the_api_leaves_the_event_single_source()
    {
        await SubmitAsync("https://tass.com/politics/api-1", Kremlin[0]);
        await SubmitAsync("https://www.maliweb.net/politique/api-2", Kremlin[1]);

        var whole = await EntryAsync("/api/timeline?q=Kremlin", "rows", "kremlin-visit-2025-06");
        var without = await EntryAsync("/api/timeline?q=Kremlin&without-owner=russian-state", "rows", "kremlin-visit-2025-06");
        var listed = await EntryAsync("/api/events?q=Kremlin&without-owner=russian-state", "rows", "kremlin-visit-2025-06");

        Assert.Equal((2, 2, false), (whole.GetProperty("voices").GetInt32(), whole.GetProperty("stories").GetInt32(), whole.GetProperty("isSingleSource").GetBoolean()));
        foreach (var sources in new[] { without, listed })
        {
            Assert.Equal((1, 1, 1), (sources.GetProperty("stories").GetInt32(), sources.GetProperty("outlets").GetInt32(), sources.GetProperty("voices").GetInt32()));
            Assert.Equal("outlet:maliweb", sources.GetProperty("soleVoice").GetString());
            Assert.True(sources.GetProperty("isSingleSource").GetBoolean());
        }
    }

    [Fact]
    public async Task The_timeline_csv_has_the_owner_groups_and_the_marks_under_the_same_filters()
    {
        await SubmitAsync("https://tass.com/politics/api-3", Bamex[0]);
        await SubmitAsync("https://fr.sputniknews.africa/20251111/api-4", Bamex[1]);

        var lines = await CsvLinesAsync("/api/timeline.csv?q=BAMEX&owner=russian-state&kind=wire-agency");
        var all = await CsvLinesAsync("/api/timeline.csv?q=BAMEX");

        Assert.Equal("date,kind,key,title,place,participants,stories,outlets,articles,single_source,status,owner_groups,sole_owner,reprints,single_owner,one_wire", lines[0]);
        // Only TASS is a wire agency: one article, one voice.
        Assert.EndsWith(",1,1,1,yes,confirmed,1,russian-state,0,no,no", Assert.Single(lines, l => l.Contains(",bamex-2025,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",confirmed,1,russian-state,0,yes,no", Assert.Single(all, l => l.Contains(",bamex-2025,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_list_takes_the_owner_filters_and_marks_a_claim_only_one_owner_makes()
    {
        await SubmitAsync("https://tass.com/defense/api-5", Ratification[0]);
        await SubmitAsync("https://francais.rt.com/international/api-6", Ratification[1]);

        using var onlyRussian = JsonDocument.Parse(await Client.GetStringAsync("/api/agreements?owner=russian-state"));
        using var without = JsonDocument.Parse(await Client.GetStringAsync("/api/agreements?without-owner=russian-state"));

        var row = Assert.Single(onlyRussian.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == Agreement);
        var sources = row.GetProperty("sources");
        Assert.Equal((2, 1, "russian-state"), (sources.GetProperty("outlets").GetInt32(), sources.GetProperty("voices").GetInt32(), sources.GetProperty("soleVoice").GetString()));
        Assert.True(sources.GetProperty("isSingleOwner").GetBoolean());
        Assert.DoesNotContain(without.RootElement.GetProperty("rows").EnumerateArray(),
            r => r.GetProperty("key").GetString() == Agreement && r.GetProperty("sources").GetProperty("soleVoice").GetString() == "russian-state");
    }

    private const string Agreement = "military-technical-cooperation-agreement";

    private async Task<JsonElement> EntryAsync(string uri, string list, string key)
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync(uri));
        return Assert.Single(json.RootElement.GetProperty(list).EnumerateArray(), e => e.GetProperty("key").GetString() == key).GetProperty("sources").Clone();
    }

    private async Task<string[]> CsvLinesAsync(string uri)
    {
        var bytes = await Client.GetByteArrayAsync(uri);
        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task SubmitAsync(string url, string line)
    {
        var text = line + "\n" + Cooperation + $"\nRéf. {Guid.NewGuid():N}";
        var result = await Database.Services.GetRequiredService<ArticleIntake>().SubmitAsync(new ArticleSubmission(text) { Url = url }, CancellationToken.None);
        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
    }

    // What makes each text on-topic for the engine (Mali–Russia military cooperation), so it links its entry.
    private const string Cooperation = "La coopération militaire entre le Mali et la Russie se renforce : Moscou livre des armes et forme les soldats maliens.";

    // Two stories of one event: the visit, and the Transition's parliament looking back on it a week later.
    private static readonly string[] Kremlin =
    [
        "Le lundi 23 juin 2025, Assimi Goïta a été reçu au Kremlin par Vladimir Poutine pour une visite officielle en Russie.",
        "Le Conseil national de Transition a examiné le 30 juin 2025 les retombées de la visite officielle d'Assimi Goïta au Kremlin, où le président malien avait rencontré Vladimir Poutine le 23 juin 2025.",
    ];

    private static readonly string[] Bamex =
    [
        "Le mardi 11 novembre 2025, en marge du salon BAMEX 2025 à Bamako, le président Assimi Goïta a reçu une délégation russe conduite par le vice-ministre de la Défense.",
        "Au salon de la défense BAMEX 2025, ouvert à Bamako le 11 novembre 2025, une délégation russe de haut niveau a été reçue par Assimi Goïta.",
    ];

    private static readonly string[] Ratification =
    [
        "Le jeudi 4 juillet 2024, le Conseil national de Transition a ratifié à l'unanimité l'accord de coopération militaire et technique entre le Mali et la Russie.",
        "L'accord de coopération militaire et technique Mali–Russie a été ratifié par le CNT le 4 juillet 2024 : des instructeurs russes formeront soldats et policiers.",
    ];
}

public sealed class OutletFilterApiTestsOnSqlite(SqliteDatabaseFixture database) : OutletFilterApiTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class OutletFilterApiTestsOnPostgres(PostgresDatabaseFixture database) : OutletFilterApiTests(database), IClassFixture<PostgresDatabaseFixture>;
