using System.Text.Json;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Batches;

/// <summary>
/// Through the import path, as an admin's batch arrives: each article lands on the timeline's chart in the month of
/// the news it tells, however its date is written, and a story lends its date only to members that print none.
/// </summary>
public abstract class ImportDatingTests(DatabaseFixture database) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mrt-dating-").FullName;
    private readonly string _outlet = "Gazette " + Guid.NewGuid().ToString("N")[..8];
    private readonly List<ServiceProvider> _instances = [];

    private const string Story = "Un centre de maintenance pour les hélicoptères russes à Ouagadougou";

    // Two tellings of one story, the first printing no date at all: it is met before the story has one.
    private const string Undated = """
        Le ministre burkinabè de la Défense a inauguré à Ouagadougou un centre de maintenance pour les hélicoptères
        livrés par la Russie. Des techniciens russes formeront les mécaniciens burkinabè pendant deux ans, a indiqué
        le ministère, et le centre accueillera aussi les appareils du Mali et du Niger au sein de l'Alliance des États du Sahel.
        """;

    private const string Dated = """
        Publié le mardi 20 mai 2025 à 09:00
        Le ministre burkinabè de la Défense a inauguré lundi à Ouagadougou un centre de maintenance pour les hélicoptères
        livrés par la Russie. Des techniciens russes formeront les mécaniciens burkinabè pendant deux ans, selon le
        ministère, et le centre accueillera aussi les appareils du Mali et du Niger au sein de l'Alliance des États du Sahel.
        """;

    // The same words about another day: it joins the story by mistake, and keeps its own date.
    private const string JoinedByMistake = """
        Publié le jeudi 10 juillet 2025 à 09:00
        Le ministre burkinabè de la Défense a inauguré mercredi à Ouagadougou un centre de maintenance pour les hélicoptères
        livrés par la Russie. Des techniciens russes formeront les mécaniciens burkinabè pendant deux ans, selon le
        ministère, et le centre accueillera aussi les appareils du Mali et du Niger au sein de l'Alliance des États du Sahel.
        """;

    // Published on 1 April about the Saturday before: March.
    private const string Relative = """
        Publié le mardi 1er avril 2025 à 08:00
        Le Mali a reçu samedi à Bamako un lot de blindés russes destinés aux unités engagées dans le centre du pays, a
        annoncé l'état-major général des armées, qui attendait ces véhicules depuis janvier 2024. La coopération
        militaire entre le Mali et la Russie s'est renforcée après le départ des forces françaises, et Moscou fournit
        aussi des hélicoptères et des instructeurs aux Forces armées maliennes.
        """;

    // Published in January about « le 30 décembre », with no year: December of the year before.
    private const string YearLess = """
        Publié le lundi 6 janvier 2025 à 10:00
        Le 30 décembre, le Niger et la Russie ont signé à Niamey un mémorandum sur la formation de pilotes, a rapporté la
        télévision nationale. Les premiers élèves partiront pour Moscou au printemps. La coopération militaire entre
        Niamey et la Russie s'est renforcée depuis le départ des troupes françaises, et des instructeurs russes
        forment déjà les soldats nigériens.
        """;

    // Background years throughout (« depuis 2021 », « déjà en juillet 2023 »): the news is the day published, in June.
    private const string Retrospective = """
        Publié le mardi 10 juin 2025 à 11:00
        Présents au Mali depuis décembre 2021, les instructeurs russes forment désormais les pilotes de drones de
        l'armée malienne, a déclaré le ministre de la Défense, Sadio Camara. Il avait déjà évoqué cette coopération en
        juillet 2023, lors du sommet Russie-Afrique de Saint-Pétersbourg.
        """;

    public void Dispose()
    {
        _instances.ForEach(s => s.Dispose());
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Each_article_lands_in_the_month_of_its_news_and_a_story_lends_its_date_only_to_a_member_with_none()
    {
        var file = Path.Combine(_folder, "dating.jsonl");
        string[] texts = [Undated, Dated, JoinedByMistake, Relative, YearLess, Retrospective];
        string[] names = ["undated", "dated", "mistake", "relative", "yearless", "retrospective"];
        string[] titles = [Story, Story, Story, "Des blindés russes à Bamako", "Un mémorandum sur la formation de pilotes", "Les instructeurs russes et les drones"];
        await File.WriteAllLinesAsync(file, names.Select((name, i) => JsonSerializer.Serialize(new
        {
            url = $"https://dating.example/{_outlet.Replace(' ', '-')}/{name}",
            title = titles[i],
            outlet = _outlet,
            text = texts[i],
        })));

        await database.Services.GetRequiredService<WorldSeeder>().SeedAsync(CancellationToken.None);
        var batch = await NewService().ImportAsync(file, "test", null, CancellationToken.None);

        Assert.Equal(ImportBatchStatus.Completed, batch.Status);
        await using var db = database.NewContext();
        var stored = await db.Articles.Where(a => a.Outlet == _outlet).ToDictionaryAsync(a => a.Url![(a.Url!.LastIndexOf('/') + 1)..]);
        Assert.Equal(names.Order(), stored.Keys.Order());
        Assert.Equal(stored["dated"].StoryId, stored["undated"].StoryId);
        Assert.Equal(stored["dated"].StoryId, stored["mistake"].StoryId);
        Assert.Equal("2025-05-19", stored["dated"].MainDate.ToString());
        Assert.Equal("2025-05-19", stored["undated"].MainDate.ToString());
        Assert.Equal("2025-07-09", stored["mistake"].MainDate.ToString());
        Assert.Equal("2025-03-29", stored["relative"].MainDate.ToString());
        Assert.Equal("2024-12-30", stored["yearless"].MainDate.ToString());
        Assert.Equal("2025-06-10", stored["retrospective"].MainDate.ToString());

        var chart = await new ArticlesPerMonthQuery(database.Contexts).GetAsync(new TimelineFilter { Outlet = _outlet }, CancellationToken.None);
        var months = chart.Months.Where(m => m.Articles > 0).ToDictionary(m => $"{m.Year}-{m.Month:00}", m => m.Articles);
        Assert.Equal(new Dictionary<string, int> { ["2024-12"] = 1, ["2025-03"] = 1, ["2025-05"] = 2, ["2025-06"] = 1, ["2025-07"] = 1 }, months);
        Assert.Equal(0, chart.Undated);
    }

    private ImportService NewService()
    {
        var services = DatabaseFixture.BuildServices(database.Settings);
        _instances.Add(services);
        return services.GetRequiredService<ImportService>();
    }
}

public sealed class ImportDatingTestsOnSqlite(SqliteDatabaseFixture database) : ImportDatingTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ImportDatingTestsOnPostgres(PostgresDatabaseFixture database) : ImportDatingTests(database), IClassFixture<PostgresDatabaseFixture>;
