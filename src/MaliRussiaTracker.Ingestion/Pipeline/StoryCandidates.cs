using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>A stored article's fingerprint and its story.</summary>
public sealed record KnownFingerprint(StoryFingerprint Fingerprint, long StoryId);

/// <summary>
/// The stored articles a newcomer may share a story with: those dating themselves within a few days of it,
/// and the latest ones whatever their date (a newcomer that prints no date can only be placed by its words). Loaded a day at a time and kept a while, so a batch of articles
/// about the same days costs one query per day rather than one per article; memory stays bounded by the
/// number of days kept, not by the size of the database.
/// </summary>
public sealed class StoryCandidates(TimeProvider clock)
{
    private const int DaysAround = 3;
    private const int DaysKept = 120;
    private const int PerDay = 2000;
    private const int RecentKept = 300;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, (List<KnownFingerprint> Articles, DateTimeOffset LoadedAt)> _days = [];
    private readonly LinkedList<int> _dayOrder = new();
    private List<KnownFingerprint>? _recent;
    private DateTimeOffset _recentLoadedAt;

    public async Task<IReadOnlyList<KnownFingerprint>> ForAsync(TrackerDbContext db, StoryFingerprint fingerprint, CancellationToken cancellationToken)
    {
        var result = new List<KnownFingerprint>(await RecentAsync(db, cancellationToken));
        if (fingerprint.Date is not { } date)
            return result;
        var first = date.Earliest.AddDays(-DaysAround);
        var last = date.Latest.AddDays(DaysAround);
        if (last.DayNumber - first.DayNumber > 2 * DaysAround + 14)
            last = first.AddDays(2 * DaysAround + 14);
        for (var day = first; day <= last; day = day.AddDays(1))
            result.AddRange(await DayAsync(db, day, cancellationToken));
        return result;
    }

    /// <summary>Makes a newly committed article a candidate for those that follow.</summary>
    public void Remember(StoryFingerprint fingerprint, long storyId)
    {
        var known = new KnownFingerprint(fingerprint, storyId);
        lock (_lock)
        {
            if (fingerprint.Date is { } date && _days.TryGetValue(date.Earliest.DayNumber, out var day))
                day.Articles.Add(known);
            if (_recent is not null)
            {
                _recent.Insert(0, known);
                if (_recent.Count > RecentKept)
                    _recent.RemoveAt(_recent.Count - 1);
            }
        }
    }

    private async Task<IReadOnlyList<KnownFingerprint>> DayAsync(TrackerDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        var key = day.DayNumber;
        lock (_lock)
        {
            if (_days.TryGetValue(key, out var kept) && clock.GetUtcNow() - kept.LoadedAt < KeptFor)
                return [.. kept.Articles];
        }

        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.OwnDay == day && a.Fingerprint != null && a.StoryId != null)
            .OrderByDescending(a => a.Id)
            .Take(PerDay)
            .Select(a => new { a.Fingerprint, a.StoryId })
            .ToListAsync(cancellationToken);
        var articles = rows.Select(r => new KnownFingerprint(StoryFingerprint.Parse(r.Fingerprint!), r.StoryId!.Value)).ToList();
        lock (_lock)
        {
            if (_days.Remove(key))
                _dayOrder.Remove(key);
            _days[key] = (articles, clock.GetUtcNow());
            _dayOrder.AddFirst(key);
            while (_dayOrder.Count > DaysKept)
            {
                _days.Remove(_dayOrder.Last!.Value);
                _dayOrder.RemoveLast();
            }

            return [.. articles];
        }
    }

    private async Task<IReadOnlyList<KnownFingerprint>> RecentAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_recent is not null && clock.GetUtcNow() - _recentLoadedAt < KeptFor)
                return [.. _recent];
        }

        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.Fingerprint != null && a.StoryId != null)
            .OrderByDescending(a => a.Id)
            .Take(RecentKept)
            .Select(a => new { a.Fingerprint, a.StoryId })
            .ToListAsync(cancellationToken);
        var undated = rows.Select(r => new KnownFingerprint(StoryFingerprint.Parse(r.Fingerprint!), r.StoryId!.Value)).ToList();
        lock (_lock)
        {
            _recent = undated;
            _recentLoadedAt = clock.GetUtcNow();
            return [.. undated];
        }
    }
}
