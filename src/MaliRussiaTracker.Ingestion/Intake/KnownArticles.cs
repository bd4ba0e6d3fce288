using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// The articles a chunk could duplicate: those stored under its URLs or hashes (one query for the whole
/// chunk, not two per article), and those the chunk itself adds as it goes.
/// </summary>
internal sealed class KnownArticles
{
    private readonly Dictionary<string, (long Id, Article? Added)> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Id, Article? Added)> _byHash = new(StringComparer.Ordinal);

    public static async Task<KnownArticles> LoadAsync(TrackerDbContext db, IReadOnlyCollection<PreparedEntry> entries, CancellationToken cancellationToken)
    {
        var known = new KnownArticles();
        var urls = entries.Select(e => e.CanonicalUrl).OfType<string>().Distinct().ToList();
        var hashes = entries.Select(e => e.Hash).Distinct().ToList();
        // Both keys are unique, so an article found by either is known by both: one query, one round trip.
        var rows = await db.Articles.Where(a => hashes.Contains(a.ContentHash) || (a.CanonicalUrl != null && urls.Contains(a.CanonicalUrl)))
            .Select(a => new { a.Id, a.CanonicalUrl, a.ContentHash }).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            if (row.CanonicalUrl is { } url)
                known._byUrl.TryAdd(url, (row.Id, null));
            known._byHash.TryAdd(row.ContentHash, (row.Id, null));
        }

        return known;
    }

    public Duplicate? Find(PreparedEntry entry)
    {
        if (entry.CanonicalUrl is not null && _byUrl.TryGetValue(entry.CanonicalUrl, out var byUrl))
            return new Duplicate(byUrl.Id, byUrl.Added, byUrl.Added is null ? ImportReasons.SameUrlAsArticle.Format(byUrl.Id) : ImportReasons.SameUrlInBatch.Format());
        return _byHash.TryGetValue(entry.Hash, out var byHash)
            ? new Duplicate(byHash.Id, byHash.Added, byHash.Added is null ? ImportReasons.SameTextAsArticle.Format(byHash.Id) : ImportReasons.SameTextInBatch.Format())
            : null;
    }

    public void Add(PreparedEntry entry, Article article)
    {
        if (entry.CanonicalUrl is not null)
            _byUrl.TryAdd(entry.CanonicalUrl, (0, article));
        _byHash.TryAdd(entry.Hash, (0, article));
    }
}

/// <summary>The article an entry duplicates: stored (by id) or added earlier in the same chunk (by entity).</summary>
internal sealed record Duplicate(long ArticleId, Article? Article, string Reason);
