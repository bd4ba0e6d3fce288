using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Data.Queries.Articles;

/// <summary>
/// The article filters the pages share (the article list, the chart): one meaning each, written once. A mention an
/// editor rejected does not count; an article's day is its publication date, else the date it gives itself.
/// </summary>
internal static class ArticleNarrowing
{
    public static IQueryable<Article> Mentioning(this IQueryable<Article> articles, IReadOnlyCollection<string> actors, IReadOnlyCollection<string> places)
    {
        if (actors.Count > 0)
        {
            var slugs = actors.ToList();
            articles = articles.Where(a => a.Mentions.Any(m => m.Actor != null && slugs.Contains(m.Actor.Slug) && m.State != ReviewState.Rejected));
        }

        if (places.Count > 0)
        {
            var slugs = places.ToList();
            articles = articles.Where(a => a.Mentions.Any(m => m.Place != null && slugs.Contains(m.Place.Slug) && m.State != ReviewState.Rejected));
        }

        return articles;
    }

    public static IQueryable<Article> FromOutletBetween(this IQueryable<Article> articles, string? outlet, DateOnly? from, DateOnly? to)
    {
        if (outlet is { Length: > 0 })
            articles = articles.Where(a => a.Outlet == outlet);
        if (from is { } first)
            articles = articles.Where(a => (a.Published ?? a.OwnDay) >= first);
        if (to is { } last)
            articles = articles.Where(a => (a.Published ?? a.OwnDay) <= last);
        return articles;
    }
}
