using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>
/// The outlet pages as an analyst checks them: who an outlet is and who owns it, on what source; the events its
/// articles back, which of them it or its owner alone reports, and who reported each first. Without the demo
/// articles, so every article is this class's; each test uses outlets and events no other test of it touches.
/// </summary>
public abstract partial class OutletPagesTests(DatabaseFixture database) : RunningApp(database, WithoutDemoArticles)
{
    // SQLite would load them by default, as an embedded install does.
    private static readonly Dictionary<string, string?> WithoutDemoArticles = new() { ["Database:LoadDemoArticles"] = "false" };

    [Fact]
    public async Task The_outlet_list_shows_each_outlets_kind_owner_country_and_articles()
    {
        await SubmitAsync("https://ria.ru/20250403/list-1", Quadripartite[0], new DateOnly(2025, 4, 3));
        await SubmitAsync("https://ria.ru/20250404/list-2", Quadripartite[1], new DateOnly(2025, 4, 4));

        var html = await PageAsync("/outlets");

        Assert.Equal(["RIA Novosti", "média d'État", "État russe", "RU", "ru", "2"], Cells(Row(html, "ria-novosti")));
        Assert.Equal(["TASS", "agence de presse", "État russe", "RU", "ru", "0"], Cells(Row(html, "tass")));
        Assert.Equal("indépendant", Cells(Row(html, "maliweb"))[2]);
        Assert.Contains("href=\"outlets/ria-novosti\"", html, StringComparison.Ordinal);
        Assert.True(OutletRow().Count(html) >= 40);
    }

    [Fact]
    public async Task An_outlets_page_shows_its_owner_with_the_source_the_events_its_owner_alone_reports_and_who_was_first()
    {
        await SubmitAsync("https://fr.sputniknews.africa/20241120/page-1", Novak[0], new DateOnly(2024, 11, 20));
        await SubmitAsync("https://francais.rt.com/afrique/page-2", Novak[1], new DateOnly(2024, 11, 21));

        var sputnik = await PageAsync("/outlets/sputnik-afrique");
        var rt = await PageAsync("/outlets/rt-francais");

        Assert.Contains("Sputnik Afrique", sputnik, StringComparison.Ordinal);
        Assert.Matches("Propriétaire ou affiliation : État russe\\s+— source : https://fr.wikipedia.org/wiki/Sputnik", sputnik);
        Assert.Contains("1 article", sputnik, StringComparison.Ordinal);
        foreach (var html in new[] { sputnik, rt })
        {
            var row = EventRow(html, "novak-visit-bamako-2024-11");
            Assert.Contains("href=\"events/novak-visit-bamako-2024-11\"", row, StringComparison.Ordinal);
            // Two outlets, one owner: neither is alone, their owner is; Sputnik published the day before RT.
            Assert.Equal(["son propriétaire seul", "Sputnik Afrique"], Cells(row)[2..]);
        }
    }

    [Fact]
    public async Task An_event_one_outlet_alone_reports_is_marked_on_its_page()
    {
        await SubmitAsync("https://afrinz.ru/2025/11/alone-1", Bamex, new DateOnly(2025, 11, 11));

        var html = await PageAsync("/outlets/african-initiative");

        Assert.Equal(["ce média seul", "African Initiative"], Cells(EventRow(html, "bamex-2025"))[2..]);
    }

    [Fact]
    public async Task An_outlet_with_no_article_says_no_event_rests_on_it_and_an_unknown_slug_says_so()
    {
        var quiet = await PageAsync("/outlets/jeune-afrique");
        var unknown = await PageAsync("/outlets/rien-du-tout");

        Assert.Contains("Aucun événement ne s'appuie sur ses articles.", quiet, StringComparison.Ordinal);
        Assert.Contains("Aucun média « rien-du-tout ».", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_domain_is_listed_among_the_candidates_only()
    {
        await SubmitAsync("https://www.gazette-sahel.example/2025/candidate-1", Kremlin, new DateOnly(2025, 6, 23));

        var all = await PageAsync("/outlets");
        var candidates = await PageAsync("/outlets?candidates=only");

        Assert.DoesNotContain("data-outlet=\"gazette-sahel-example\"", all, StringComparison.Ordinal);
        Assert.Equal("non classé", Cells(Row(candidates, "gazette-sahel-example"))[1]);
        Assert.DoesNotContain("data-outlet=\"tass\"", candidates, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string uri) => WebUtility.HtmlDecode(await Client.GetStringAsync(uri));

    private static string Row(string html, string slug) =>
        Regex.Match(html, $"<tr data-outlet=\"{Regex.Escape(slug)}\"[^>]*>(?<row>.*?)</tr>", RegexOptions.Singleline) is { Success: true } m
            ? m.Groups["row"].Value
            : throw new Xunit.Sdk.XunitException($"No row for the outlet {slug}.");

    private static string EventRow(string html, string key) =>
        Regex.Match(html, $"<tr data-outlet-event=\"{Regex.Escape(key)}\"[^>]*>(?<row>.*?)</tr>", RegexOptions.Singleline) is { Success: true } m
            ? m.Groups["row"].Value
            : throw new Xunit.Sdk.XunitException($"No row for the event {key}.");

    // A cell's text without its tags (links, chips), spaces collapsed.
    private static string[] Cells(string row) =>
        [.. Cell().Matches(row).Select(c => Space().Replace(Tag().Replace(c.Groups["cell"].Value, " "), " ").Trim())];

    private async Task SubmitAsync(string url, string line, DateOnly published)
    {
        var text = line + "\n" + Cooperation + $"\nRéf. {Guid.NewGuid():N}";
        var result = await Database.Services.GetRequiredService<ArticleIntake>()
            .SubmitAsync(new ArticleSubmission(text) { Url = url, Published = published }, CancellationToken.None);
        Assert.Equal(IntakeOutcome.Stored, result.Outcome);
    }

    [GeneratedRegex("<td[^>]*>(?<cell>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();

    [GeneratedRegex("<tr data-outlet=\"")]
    private static partial Regex OutletRow();

    private const string Cooperation = "La coopération militaire entre le Mali et la Russie se renforce : Moscou livre des armes et forme les soldats maliens.";

    private static readonly string[] Quadripartite =
    [
        "Le jeudi 3 avril 2025, Sergueï Lavrov a reçu à Moscou Abdoulaye Diop et ses homologues du Burkina Faso et du Niger pour une réunion quadripartite.",
        "Réunis à Moscou le 3 avril 2025, Sergueï Lavrov et les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger ont publié un communiqué conjoint.",
    ];

    private static readonly string[] Novak =
    [
        "En novembre 2024, le vice-Premier ministre russe Alexandre Novak s'est rendu à Bamako pour rencontrer les autorités maliennes.",
        "Alexandre Novak, vice-Premier ministre de Russie, était à Bamako en novembre 2024 avec une délégation économique.",
    ];

    private const string Bamex = "Le mardi 11 novembre 2025, en marge du salon BAMEX 2025 à Bamako, le président Assimi Goïta a reçu une délégation russe conduite par le vice-ministre de la Défense.";

    private const string Kremlin = "Le lundi 23 juin 2025, Assimi Goïta a été reçu au Kremlin par Vladimir Poutine pour une visite officielle en Russie.";
}

public sealed class OutletPagesTestsOnSqlite(SqliteDatabaseFixture database) : OutletPagesTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class OutletPagesTestsOnPostgres(PostgresDatabaseFixture database) : OutletPagesTests(database), IClassFixture<PostgresDatabaseFixture>;
