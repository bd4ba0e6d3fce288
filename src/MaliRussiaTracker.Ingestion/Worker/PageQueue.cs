using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Worker;

public enum EnqueueOutcome
{
    Queued,
    AlreadyWaiting,
    AlreadyStored,
    NotAWebAddress,
    /// <summary>Longer than <see cref="FieldLimits.MaxUrlLength"/>: an article could not keep it.</summary>
    TooLong,
    /// <summary>Its host is an address the worker may not reach (<see cref="Http.OutboundAddressPolicy"/>).</summary>
    Refused,
}

/// <summary>Puts a page on the worker's queue: a feed's new entry, or a URL an admin adds by hand.</summary>
public sealed class PageQueue(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, IOptions<FieldLimits> limits, Http.OutboundAddressPolicy addresses)
{
    /// <param name="fromFeed">The feed's entry for the page, if it came from one: its title, date, author and text travel
    /// with the page, for what the page lacks and as the article itself should the page be given up.</param>
    public async Task<EnqueueOutcome> EnqueueAsync(string url, long? feedId, Feeds.FeedEntry? fromFeed, CancellationToken cancellationToken)
    {
        url = url.Trim();
        if (url.Length > limits.Value.MaxUrlLength)
            return EnqueueOutcome.TooLong;
        if (!ArticleFields.IsWebAddress(url) || ContentKeys.CanonicalUrl(url) is not { } canonical || canonical.Length > limits.Value.MaxUrlLength)
            return EnqueueOutcome.NotAWebAddress;
        if (addresses.RefusalOf(new Uri(url)) is not null)
            return EnqueueOutcome.Refused;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Articles.AnyAsync(a => a.CanonicalUrl == canonical, cancellationToken))
            return EnqueueOutcome.AlreadyStored;
        if (await db.PendingPages.AnyAsync(p => p.CanonicalUrl == canonical, cancellationToken))
            return EnqueueOutcome.AlreadyWaiting;

        var now = clock.GetUtcNow();
        db.PendingPages.Add(new PendingPage
        {
            Url = url, CanonicalUrl = canonical, FeedId = feedId,
            FeedTitle = Cut(fromFeed?.Title, 1000),
            FeedAuthor = Cut(fromFeed?.Author, 200),
            FeedPublished = fromFeed?.Published,
            FeedSummary = Cut(fromFeed?.ContentHtml ?? fromFeed?.SummaryHtml, 1_000_000),
            Status = PendingPageStatus.Waiting, NextAttemptAt = now, CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EnqueueOutcome.Queued;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Queued by another instance between our look and our insert: the unique index kept it to one.
            return EnqueueOutcome.AlreadyWaiting;
        }
    }

    private static string? Cut(string? value, int max) => value is null ? null : ArticleFields.WithoutControlCharacters(value) is var clean && clean.Length <= max ? clean : clean[..max];
}
