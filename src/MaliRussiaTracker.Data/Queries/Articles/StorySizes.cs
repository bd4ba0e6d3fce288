using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Articles;

/// <summary>How many articles tell each story a page's rows name.</summary>
internal static class StorySizes
{
    // One grouped query for the whole page: a count per row was fifty round trips for a page of the list.
    public static async Task<Dictionary<string, int>> OfAsync(TrackerDbContext db, IEnumerable<string?> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
            return new(StringComparer.Ordinal);
        return await db.Articles.AsNoTracking()
            .Where(a => a.Story != null && wanted.Contains(a.Story.Key))
            .GroupBy(a => a.Story!.Key)
            .Select(g => new { Key = g.Key, Size = g.Count() })
            .ToDictionaryAsync(s => s.Key, s => s.Size, StringComparer.Ordinal, cancellationToken);
    }
}
