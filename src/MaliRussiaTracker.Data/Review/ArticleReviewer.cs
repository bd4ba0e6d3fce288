using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Review;

public abstract record ReviewOutcome;

/// <summary>Every decision is stored; <see cref="Version"/> is the article's version now.</summary>
public sealed record ReviewSaved(Guid Version) : ReviewOutcome;

/// <summary>
/// Someone changed the article since the editor loaded it: nothing of this save was stored, and
/// <see cref="Changes"/> says what the other change was, so the editor decides again knowing it.
/// </summary>
public sealed record ReviewConflict(IReadOnlyList<AuditRow> Changes) : ReviewOutcome;

/// <summary>
/// Applies an editor's decisions on one article in one transaction, with an audit entry for each, against the
/// version the editor saw. Decisions are data the engine respects: a confirmed or rejected finding is never
/// suggested again, and a correction keeps the machine's reading as rejected for that reason.
/// </summary>
public sealed class ArticleReviewer(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public async Task<ReviewOutcome> ApplyAsync(ArticleSnapshot seen, IReadOnlyList<ReviewDecision> decisions, string user, CancellationToken cancellationToken)
    {
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = await db.Articles
            .Include(a => a.Mentions).Include(a => a.DatedFacts).Include(a => a.Quotes).Include(a => a.Tags).ThenInclude(t => t.Tag)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == seen.ArticleId, cancellationToken)
            ?? throw new ReviewedArticleMissingException(seen.ArticleId);
        if (article.Version != seen.Version)
            return await ConflictAsync(seen, cancellationToken);

        var moves = new ReviewMoves(db, article, author);
        foreach (var decision in decisions)
            await moves.ApplyAsync(decision, cancellationToken);

        // The article's own row is written even when only its findings changed: that bumps its version, and the
        // concurrency check on the old one turns a race with another editor into a conflict, not a lost update.
        db.Entry(article).Property(a => a.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await CorroborationCounter.RecountAsync(db, [.. moves.TouchedEvents], [.. moves.TouchedAgreements], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(seen, cancellationToken);
        }

        return new ReviewSaved(article.Version);
    }

    // A change in flight while the editor loaded the page carries a time just before the load: a margin keeps it in
    // the list. Showing a change the editor did see costs less than hiding one they did not.
    private static readonly TimeSpan InFlightMargin = TimeSpan.FromMinutes(1);

    private async Task<ReviewConflict> ConflictAsync(ArticleSnapshot seen, CancellationToken cancellationToken)
    {
        var since = seen.LoadedAt - InFlightMargin;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changes = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ArticleId == seen.ArticleId && a.At >= since)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .Take(200)
            .Select(a => new AuditRow(a.Id, a.At, a.User, a.EntityType, a.EntityKey, a.Action, a.Before, a.After, a.ArticleId))
            .ToListAsync(cancellationToken);
        return new ReviewConflict(changes);
    }
}
