using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Articles;

/// <summary>
/// The article filters the pages share (the article list, the chart): one meaning each, written once. A mention an
/// editor rejected does not count; an article's day is its publication date, else the date it gives itself.
/// </summary>
internal static class ArticleNarrowing
{
    /// <summary>
    /// The ids of the actor and place slugs a filter names, null where it names none. The slugs become ids first, in
    /// a query of their own: with the ids in the SQL, PostgreSQL's statistics on the mentions tell an actor in a
    /// quarter of the articles from one in a handful and it plans for which it is. Joined on the slug it guessed a
    /// few thousand for every actor, and for the most mentioned one sorted 230,000 articles for a page (3 s at a
    /// million articles; 20 ms by the date index once it knew).
    /// </summary>
    public static async Task<MentionedIds> MentionedIdsAsync(TrackerDbContext db, IReadOnlyCollection<string> actors, IReadOnlyCollection<string> places, CancellationToken cancellationToken)
    {
        List<long>? actorIds = null, placeIds = null;
        if (actors.Count > 0)
        {
            var slugs = actors.ToList();
            actorIds = await db.Actors.Where(a => slugs.Contains(a.Slug)).Select(a => a.Id).ToListAsync(cancellationToken);
        }

        if (places.Count > 0)
        {
            var slugs = places.ToList();
            placeIds = await db.Places.Where(p => slugs.Contains(p.Slug)).Select(p => p.Id).ToListAsync(cancellationToken);
        }

        return new MentionedIds(actorIds, placeIds);
    }

    /// <summary>Articles that mention one of the actors and one of the places (a mention no editor rejected).</summary>
    public static IQueryable<Article> Mentioning(this IQueryable<Article> articles, MentionedIds ids)
    {
        if (ids.Actors is { } actors)
            articles = articles.Where(a => a.Mentions.Any(m => m.ActorId != null && actors.Contains(m.ActorId.Value) && m.State != ReviewState.Rejected));
        if (ids.Places is { } places)
            articles = articles.Where(a => a.Mentions.Any(m => m.PlaceId != null && places.Contains(m.PlaceId.Value) && m.State != ReviewState.Rejected));
        return articles;
    }

    public static IQueryable<Article> FromOutletBetween(this IQueryable<Article> articles, string? outlet, DateOnly? from, DateOnly? to)
    {
        if (outlet is { Length: > 0 })
            articles = articles.Where(a => a.Outlet == outlet);
        if (from is { } first)
            articles = articles.Where(a => (a.OwnDay ?? a.Published) >= first);
        if (to is { } last)
            articles = articles.Where(a => (a.OwnDay ?? a.Published) <= last);
        return articles;
    }
}

/// <summary>The actors and places a filter names, as ids; null where it names none.</summary>
internal sealed record MentionedIds(List<long>? Actors, List<long>? Places);
