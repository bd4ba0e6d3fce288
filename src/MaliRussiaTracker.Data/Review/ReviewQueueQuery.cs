using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Review;

public sealed record ReviewQueueRow(long ArticleId, string? Title, string? Outlet, DateOnly? Published, double Relevance, bool? IsRelevant, int Waiting);

public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueRow> Rows, int Total);

/// <summary>
/// Articles with suggestions no editor has decided yet, the most relevant first, then the newest. Articles found
/// not relevant (by the engine or an editor) wait apart, shown only on request and after the others.
/// </summary>
public sealed class ReviewQueueQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<ReviewQueuePage> GetAsync(bool notRelevantToo, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Articles.AsNoTracking().Where(a =>
            db.Mentions.Any(m => m.ArticleId == a.Id && m.State == ReviewState.Suggested)
            || db.DatedFacts.Any(f => f.ArticleId == a.Id && f.State == ReviewState.Suggested)
            || db.Quotes.Any(q => q.ArticleId == a.Id && q.State == ReviewState.Suggested));
        if (!notRelevantToo)
            waiting = waiting.Where(a => a.IsRelevant != false);

        var total = await waiting.CountAsync(cancellationToken);
        var rows = await waiting
            .OrderBy(a => a.IsRelevant == false).ThenByDescending(a => a.Relevance).ThenByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(a => new ReviewQueueRow(
                a.Id, a.Title, a.Outlet, a.Published, a.Relevance, a.IsRelevant,
                db.Mentions.Count(m => m.ArticleId == a.Id && m.State == ReviewState.Suggested)
                + db.DatedFacts.Count(f => f.ArticleId == a.Id && f.State == ReviewState.Suggested)
                + db.Quotes.Count(q => q.ArticleId == a.Id && q.State == ReviewState.Suggested)))
            .ToListAsync(cancellationToken);
        return new ReviewQueuePage(rows, total);
    }
}
