using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Articles;

/// <summary>An article loaded with everything the engine read in it, as the article page and the review page show it.</summary>
internal static class ArticleWithFindings
{
    public static IQueryable<Article> IncludingFindings(this IQueryable<Article> articles) => articles
        .Include(a => a.Mentions).ThenInclude(m => m.Actor)
        .Include(a => a.Mentions).ThenInclude(m => m.Place)
        .Include(a => a.Mentions).ThenInclude(m => m.Event)
        .Include(a => a.Mentions).ThenInclude(m => m.Agreement)
        .Include(a => a.DatedFacts)
        .Include(a => a.Quotes).ThenInclude(q => q.Speaker);
}
