using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Feeds;

public sealed record FeedRow(long Id, string Url, string? Title, TimeSpan PollInterval, bool IsPaused, DateTimeOffset? LastCheckedAt, DateTimeOffset NextCheckAt, int ErrorCount, string? LastError, int PagesWaiting, int PagesFailed);

/// <summary>An admin's request on feeds that cannot be met as asked.</summary>
public sealed class FeedAdministrationException(string message) : Exception(message);

/// <summary>Feeds as admins manage them: the list with each one's polling state, adding one, pausing and resuming.</summary>
public sealed class FeedAdministration(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, Http.OutboundAddressPolicy addresses)
{
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromMinutes(5);

    // The column's length.
    private const int MaxUrlLength = 2048;

    public async Task<IReadOnlyList<FeedRow>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Feeds.AsNoTracking().OrderBy(f => f.Url)
            .Select(f => new FeedRow(f.Id, f.Url, f.Title, f.PollInterval, f.IsPaused, f.LastCheckedAt, f.NextCheckAt, f.ErrorCount, f.LastError,
                db.PendingPages.Count(p => p.FeedId == f.Id && p.Status == PendingPageStatus.Waiting),
                db.PendingPages.Count(p => p.FeedId == f.Id && p.Status == PendingPageStatus.Failed)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A new feed is due at once; the worker polls it on its next round.</summary>
    public async Task<long> AddAsync(string url, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        var address = url.Trim();
        if (address.Length > MaxUrlLength)
            throw new FeedAdministrationException($"L'adresse a {address.Length} caractères ; une adresse de flux en a au plus {MaxUrlLength}.");
        if (!ArticleFields.IsWebAddress(address) || ContentKeys.CanonicalUrl(address) is null)
            throw new FeedAdministrationException($"« {address} » n'est pas une adresse http(s).");
        if (addresses.RefusalOf(new Uri(address)) is not null)
            throw new FeedAdministrationException($"« {address} » est refusée : son hôte n'est pas une adresse publique (voir Ingestion:Fetching:AllowedHosts).");
        if (pollInterval < ShortestInterval)
            throw new FeedAdministrationException($"Un flux se consulte au plus souvent toutes les {ShortestInterval.TotalMinutes} minutes.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Feeds.AnyAsync(f => f.Url == address, cancellationToken))
            throw new FeedAdministrationException($"Le flux {address} est déjà suivi.");
        var feed = new Feed { Url = address, PollInterval = pollInterval, NextCheckAt = clock.GetUtcNow() };
        db.Feeds.Add(feed);
        await db.SaveChangesAsync(cancellationToken);
        return feed.Id;
    }

    /// <summary>A paused feed is not polled; resumed, it is due at once and its error count starts again.</summary>
    public async Task SetPausedAsync(long feedId, bool paused, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var feed = await db.Feeds.SingleOrDefaultAsync(f => f.Id == feedId, cancellationToken)
            ?? throw new FeedAdministrationException($"Il n'y a pas de flux {feedId}.");
        feed.IsPaused = paused;
        if (!paused)
        {
            feed.NextCheckAt = clock.GetUtcNow();
            feed.ErrorCount = 0;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
