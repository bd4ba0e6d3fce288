using System.Diagnostics;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MaliRussiaTracker.Benchmarks.Browse;

internal sealed record ScenarioResult(string Name, double Median, double P95, double Max);

/// <summary>
/// The pages' queries with the parameters an analyst would vary: which page of the timeline, which actor,
/// place, outlet or months, which words. Parameters come from the filled database (its actors, places and
/// outlets) so a kept database can be timed again after an index change.
/// </summary>
internal sealed class BrowseScenarios(IServiceProvider services, string connectionString, string? only)
{
    private const int PageSize = 50;

    private static readonly string[] SearchWords =
    [
        "militaires", "Goita", "hélicoptères", "Wagner", "drones", "uranium", "\"coopération militaire\"", "Lavrov", "Sahel -Wagner", "déplacés",
        "formation pilotes", "raffinerie", "Africa Corps", "souveraineté", "blindés", "cyberdéfenseurs", "lithium Bougouni", "Diop", "paludisme", "Kati",
    ];

    // Words of the generated events' titles, common and rare: the timeline's text filter matches within titles.
    private static readonly string[] TitleWords = ["livraison", "Kidal", "sommet", "instructeurs", "Evkourov", "formation", "Bamako", "déclaration", "Tombouctou", "accord"];

    public async Task<List<ScenarioResult>> RunAsync(int runs)
    {
        var timeline = services.GetRequiredService<TimelineQuery>();
        var choices = services.GetRequiredService<TimelineChoicesQuery>();
        var articles = services.GetRequiredService<ArticlesQuery>();
        var actors = await ListAsync("""SELECT a."Slug" FROM "Actors" a WHERE EXISTS (SELECT 1 FROM "EventParticipants" p WHERE p."ParticipantsId" = a."Id") ORDER BY a."Id" """);
        var places = await ListAsync("""SELECT p."Slug" FROM "Places" p WHERE EXISTS (SELECT 1 FROM "Events" e WHERE e."PlaceId" = p."Id") ORDER BY p."Id" """);
        var outlets = await ListAsync("""SELECT DISTINCT "Outlet" FROM "Articles" WHERE "Outlet" IS NOT NULL ORDER BY 1""");
        var random = new Random(42);
        string Pick(List<string> items, int i) => i % 3 == 0 ? items[i % Math.Min(items.Count, 12)] : items[random.Next(items.Count)];
        var none = CancellationToken.None;

        var results = new List<ScenarioResult?>
        {
            await TimeAsync("timeline, pages 1 to 10", runs, i => timeline.GetAsync(new TimelineFilter(), i % 10 * PageSize, PageSize, none)),
            await TimelineAsync("timeline by actor", runs, i => new TimelineFilter { Actors = [Pick(actors, i)] }),
            await TimelineAsync("timeline by place", runs, i => new TimelineFilter { Places = [Pick(places, i)] }),
            await TimelineAsync("timeline by date range (1 to 24 months)", runs, i =>
            {
                var from = new DateOnly(2012, 1, 1).AddMonths(random.Next(12 * 14));
                return new TimelineFilter { From = from, To = from.AddMonths(1 + random.Next(24)) };
            }),
            await TimelineAsync("timeline by outlet", runs, i => new TimelineFilter { Outlet = Pick(outlets, i) }),
            await TimelineAsync("timeline by words in titles", runs, i => new TimelineFilter { Text = TitleWords[i % TitleWords.Length] }),
            await TimelineAsync("timeline by actor + dates, confirmed", runs, i =>
            {
                var from = new DateOnly(2012, 1, 1).AddMonths(random.Next(12 * 12));
                return new TimelineFilter { Actors = [Pick(actors, i)], From = from, To = from.AddYears(2) };
            }),
            await TimeAsync("timeline filter choices", runs, _ => choices.GetAsync(none)),
            await TimeAsync("articles search", runs, i => articles.GetAsync(new ArticleFilter { Text = SearchWords[i % SearchWords.Length] }, 0, PageSize, none)),
            await TimeAsync("articles search, page 2 to 5", runs, i => articles.GetAsync(new ArticleFilter { Text = SearchWords[i % SearchWords.Length] }, (1 + i % 4) * PageSize, PageSize, none)),
            await TimeAsync("articles, newest first, pages 1 to 10", runs, i => articles.GetAsync(new ArticleFilter(), i % 10 * PageSize, PageSize, none)),
            await TimeAsync("articles by actor", runs, i => articles.GetAsync(new ArticleFilter { Actors = [Pick(actors, i)] }, 0, PageSize, none)),
        };
        return [.. results.OfType<ScenarioResult>()];

        Task<ScenarioResult?> TimelineAsync(string name, int count, Func<int, TimelineFilter> filter) =>
            TimeAsync(name, count, i => timeline.GetAsync(filter(i), 0, PageSize, none));
    }

    private async Task<ScenarioResult?> TimeAsync<T>(string name, int runs, Func<int, Task<T>> query)
    {
        if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            return null;
        // A few untimed runs first: the first ones pay for EF Core's query compilation and cold pages.
        for (var i = 0; i < 3; i++)
            await query(runs + i);
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await query(i);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var result = new ScenarioResult(name, Percentile(times, 0.5), Percentile(times, 0.95), times[^1]);
        Console.WriteLine($"   {name,-44} median {result.Median,7:N1} ms  p95 {result.P95,7:N1} ms");
        return result;
    }

    /// <summary>Nearest rank: the smallest time at least this share of the runs took no longer than.</summary>
    private static double Percentile(List<double> sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var rows = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await rows.ReadAsync())
            list.Add(rows.GetString(0));
        return list;
    }
}
