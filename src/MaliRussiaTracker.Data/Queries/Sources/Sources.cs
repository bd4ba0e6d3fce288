using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Articles;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Sources;

/// <summary>A slug or key and the name a page shows for it.</summary>
public sealed record NamedLink(string Slug, string Name);

/// <summary>An article behind an event or agreement.</summary>
public sealed record SourceArticle(long Id, string? Title, string? Outlet, DateOnly? Published, PartialDate? MainDate, string? StoryKey)
{
    /// <summary>The kind of its identified outlet, if one is.</summary>
    public OutletKind? OutletKind { get; init; }

    /// <summary>The identified outlet's slug, for a link to its page.</summary>
    public string? OutletSlug { get; init; }

    /// <summary>How many articles tell its story, where it has one.</summary>
    public int? StorySize { get; init; }
}

/// <summary>A quote from one of the articles behind an event or agreement, with its speaker where one is known.</summary>
public sealed record SourceQuote(long ArticleId, string? ArticleTitle, string? Outlet, PartialDate? Date, string Text, string? SpeakerSlug, string? SpeakerName);

/// <summary>The articles and quotes behind what a mention points at; pages show the first ones, never the whole table.</summary>
internal static class SourceLookup
{
    public const int MostArticles = 200;
    public const int MostQuotes = 50;

    public static async Task<List<SourceArticle>> ArticlesAsync(TrackerDbContext db, IQueryable<long> articleIds, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .OrderBy(a => a.MainDate).ThenBy(a => a.Id)
            .Take(MostArticles)
            .Select(a => new SourceArticle(a.Id, a.Title, a.Outlet, a.Published, a.MainDate, a.Story == null ? null : a.Story.Key)
            {
                OutletKind = db.Outlets.Where(o => o.Id == a.OutletId).Select(o => (OutletKind?)o.Kind).FirstOrDefault(),
                OutletSlug = db.Outlets.Where(o => o.Id == a.OutletId).Select(o => o.Slug).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return await WithStorySizesAsync(db, articles, cancellationToken);
    }

    private static async Task<List<SourceArticle>> WithStorySizesAsync(TrackerDbContext db, List<SourceArticle> articles, CancellationToken cancellationToken)
    {
        var sizes = await StorySizes.OfAsync(db, articles.Select(a => a.StoryKey), cancellationToken);
        return [.. articles.Select(a => a.StoryKey is { } key && sizes.TryGetValue(key, out var size) ? a with { StorySize = size } : a)];
    }

    /// <summary>
    /// The quotes about one entry: said by one of its own people (<paramref name="speakers"/>), or found in an
    /// article that links no other entry of its kind (<paramref name="aboutOthers"/>: the mentions of the others).
    /// A long article about a state visit also quotes ministers on other matters, and those are not this entry's.
    /// </summary>
    public static async Task<List<SourceQuote>> QuotesAsync(
        TrackerDbContext db, IQueryable<long> articleIds, IQueryable<long> speakers, IQueryable<Mention> aboutOthers, CancellationToken cancellationToken) =>
        await db.Quotes.AsNoTracking()
            // A correlated NOT EXISTS (Any), not NOT IN (Contains): PostgreSQL answers it from the mentions' article
            // index instead of hashing every mention of every other entry (200 ms to 1 ms on 100,000 articles).
            .Where(q => articleIds.Contains(q.ArticleId) && q.State != ReviewState.Rejected
                && ((q.SpeakerId != null && speakers.Contains(q.SpeakerId.Value)) || !aboutOthers.Any(m => m.ArticleId == q.ArticleId)))
            .Join(db.Articles, q => q.ArticleId, a => a.Id, (q, a) => new { q, a })
            .OrderBy(x => x.a.MainDate).ThenBy(x => x.a.Id).ThenBy(x => x.q.Start)
            .Take(MostQuotes)
            .Select(x => new SourceQuote(x.a.Id, x.a.Title, x.a.Outlet, x.a.MainDate, x.q.Text,
                x.q.Speaker == null ? null : x.q.Speaker.Slug, x.q.Speaker == null ? x.q.SpeakerName : x.q.Speaker.Name))
            .ToListAsync(cancellationToken);
}
