using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Admin;

public sealed record WorkQueueStatus(
    int Feeds, int FeedsPaused, int FeedsFailing, DateTimeOffset? NextFeedDue, int PagesWaiting, int PagesFailed, int ArticlesLastDay, DateTimeOffset? LastArticleAt);

/// <summary>How the shared work stands, whichever instance does it: feeds, the page queue, what came in lately.</summary>
public sealed class WorkQueueStatusQuery(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public async Task<WorkQueueStatus> GetAsync(CancellationToken cancellationToken)
    {
        var dayAgo = clock.GetUtcNow().AddDays(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new WorkQueueStatus(
            await db.Feeds.CountAsync(cancellationToken),
            await db.Feeds.CountAsync(f => f.IsPaused, cancellationToken),
            await db.Feeds.CountAsync(f => f.ErrorCount > 0, cancellationToken),
            await db.Feeds.Where(f => !f.IsPaused).OrderBy(f => f.NextCheckAt).Select(f => (DateTimeOffset?)f.NextCheckAt).FirstOrDefaultAsync(cancellationToken),
            await db.PendingPages.CountAsync(p => p.Status == PendingPageStatus.Waiting, cancellationToken),
            await db.PendingPages.CountAsync(p => p.Status == PendingPageStatus.Failed, cancellationToken),
            await db.Articles.CountAsync(a => a.ReceivedAt >= dayAgo, cancellationToken),
            await db.Articles.OrderByDescending(a => a.ReceivedAt).Select(a => (DateTimeOffset?)a.ReceivedAt).FirstOrDefaultAsync(cancellationToken));
    }
}
