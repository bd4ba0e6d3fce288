using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Articles;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Timeline;

public sealed record MonthCount(int Year, int Month, int Articles);

public sealed record ChartEvent(string Key, string Title, PartialDate Date);

/// <summary>
/// Articles per month, every month from the first to the last shown (empty ones at zero), the events of those
/// months, and how many articles have no date to place them by.
/// </summary>
public sealed record ArticlesPerMonth(IReadOnlyList<MonthCount> Months, IReadOnlyList<ChartEvent> Events, int MoreEvents, int Undated);

/// <summary>
/// The timeline's chart. The articles are counted per month by the database (never loaded), by the day the
/// article list filters on (the news's day, its own or its story's, else the publication day); off-topic articles
/// are left out. The timeline's filters narrow both: actors and places to articles that mention one of them, the
/// outlet, the date range, the words to titles; the events are exactly the timeline's.
/// </summary>
public sealed class ArticlesPerMonthQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    private const int MostEvents = 300;

    public async Task<ArticlesPerMonth> GetAsync(TimelineFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = await ArticlesAsync(db, filter, cancellationToken);
        // Counted per day, folded into months here: grouping by the date itself is a plain hash over an index-only
        // scan, twice as fast on PostgreSQL as working out a year and a month for every row; a row per day comes back.
        var perDay = await articles.Where(a => (a.OwnDay ?? a.Published) != null)
            .GroupBy(a => a.OwnDay ?? a.Published)
            .Select(g => new { Day = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counted = perDay.GroupBy(d => (d.Day.Year, d.Day.Month)).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Sum(d => d.Count) }).ToList();
        var undated = await articles.CountAsync(a => a.Published == null && a.OwnDay == null, cancellationToken);

        var events = TimelineQuery.Events(db, filter);
        var eventCount = await events.CountAsync(cancellationToken);
        // Where there are more events than marks, the best sourced are drawn, wherever they fall.
        var shown = await events.OrderByDescending(e => e.Sources.Stories).ThenBy(e => e.Date).ThenBy(e => e.Key).Take(MostEvents)
            .Select(e => new ChartEvent(e.Key, e.Title, e.Date))
            .ToListAsync(cancellationToken);

        shown = [.. shown.OrderBy(e => e.Date).ThenBy(e => e.Key, StringComparer.Ordinal)];
        var months = counted.Select(c => (c.Year, c.Month)).Concat(shown.Select(e => (e.Date.Earliest.Year, e.Date.Earliest.Month))).ToList();
        if (months.Count == 0)
            return new ArticlesPerMonth([], [], 0, undated);
        var byMonth = counted.ToDictionary(c => (c.Year, c.Month), c => c.Count);
        var (first, last) = (months.Min(), months.Max());
        var all = new List<MonthCount>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= new DateOnly(last.Year, last.Month, 1); month = month.AddMonths(1))
            all.Add(new MonthCount(month.Year, month.Month, byMonth.GetValueOrDefault((month.Year, month.Month))));
        return new ArticlesPerMonth(all, shown, eventCount - shown.Count, undated);
    }

    private static async Task<IQueryable<Article>> ArticlesAsync(TrackerDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.IsRelevant != false);
        var ids = await ArticleNarrowing.MentionedIdsAsync(db, filter.Actors, filter.Places, cancellationToken);
        articles = articles.Mentioning(ids).FromOutletBetween(filter.Outlet, filter.From, filter.To);
        if (filter.Text is { Length: > 0 } text)
            articles = articles.Where(a => a.Title != null && a.Title.ToLower().Contains(text.ToLower()));
        return articles;
    }
}
