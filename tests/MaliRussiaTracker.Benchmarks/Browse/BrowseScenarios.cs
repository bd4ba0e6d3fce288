using System.Diagnostics;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Queries;
using MaliRussiaTracker.Data.Queries.Actors;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Queries.Events;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Benchmarks.Browse;

internal sealed record ScenarioResult(string Name, double Median, double P95, double Max);

/// <summary>
/// The pages' queries with the parameters an analyst would vary: which page of the timeline, which actor,
/// place, outlet or months, which words. Parameters come from the filled database (its actors, places and
/// outlets) so a kept database can be timed again after an index change. A page that runs several queries is
/// timed as one: what its reader waits for.
/// </summary>
internal sealed class BrowseScenarios(IServiceProvider services, string? only)
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
        var chart = services.GetRequiredService<ArticlesPerMonthQuery>();
        var choices = services.GetRequiredService<TimelineChoicesQuery>();
        var articles = services.GetRequiredService<ArticlesQuery>();
        var home = services.GetRequiredService<HomeQuery>();
        var actorPages = services.GetRequiredService<ActorQuery>();
        var eventPages = services.GetRequiredService<EventQuery>();
        List<string> actors, places, outlets, events;
        await using (var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync())
        {
            actors = await db.Actors.Where(a => db.Events.Any(e => e.Participants.Contains(a))).OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync();
            places = await db.Places.Where(p => db.Events.Any(e => e.PlaceId == p.Id)).OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync();
            outlets = await db.Articles.Where(a => a.Outlet != null).Select(a => a.Outlet!).Distinct().OrderBy(o => o).ToListAsync();
            events = await db.Events.OrderBy(e => e.Id).Select(e => e.Key).Take(1000).ToListAsync();
        }

        var random = new Random(42);
        string Pick(List<string> items, int i) => i % 3 == 0 ? items[i % Math.Min(items.Count, 12)] : items[random.Next(items.Count)];
        var none = CancellationToken.None;

        var results = new List<ScenarioResult?>
        {
            await TimeAsync("home page", runs, i => home.GetAsync(200, 20, i % 2 == 1, none)),
            await TimeAsync("timeline, pages 1 to 10", runs, async i => (await timeline.GetAsync(new TimelineFilter(), i % 10 * PageSize, PageSize, none), await chart.GetAsync(new TimelineFilter(), none))),
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
            await TimeAsync("actors list, pages 1 to 5", runs, i => actorPages.ListAsync(new ActorListFilter(), i % 5 * PageSize, PageSize, none)),
            await TimeAsync("actors list, searched", runs, i => actorPages.ListAsync(new ActorListFilter { Text = Pick(actors, i)[..3] }, 0, PageSize, none)),
            await TimeAsync("actor page", runs, i => actorPages.GetAsync(Pick(actors, i), none)),
            await TimeAsync("event page", runs, i => eventPages.GetAsync(Pick(events, i), none)),
        };
        return [.. results.OfType<ScenarioResult>()];

        // The timeline page's two queries, one after the other as the page runs them: its entries, then its chart.
        Task<ScenarioResult?> TimelineAsync(string name, int count, Func<int, TimelineFilter> filter) =>
            TimeAsync(name, count, async i =>
            {
                var shown = filter(i);
                return (await timeline.GetAsync(shown, 0, PageSize, none), await chart.GetAsync(shown, none));
            });
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
}
