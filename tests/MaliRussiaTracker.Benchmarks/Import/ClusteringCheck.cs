using System.Globalization;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// The import's results against the generator's key: were the reprints turned away, and did the tellings of
/// one story land in one stored story, alone? A story told more than once is a near-duplicate group.
/// </summary>
internal sealed record ClusteringReport(
    int ExactDuplicatesWritten, int ExactDuplicatesCaught, int NearDuplicatesWritten, int NearDuplicatesStoredAsDuplicate,
    int Groups, int GroupsKeptTogether, int GroupsKeptTogetherAndAlone, int StoredStoriesMixingGeneratedStories)
{
    public static async Task<ClusteringReport> CheckAsync(TrackerDbContext db, long batchId, string keyPath, CancellationToken cancellationToken)
    {
        var kinds = new List<LineKind>();
        var stories = new List<int>();
        foreach (var line in File.ReadLines(keyPath))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            kinds.Add(Enum.Parse<LineKind>(line.AsSpan(0, space)));
            stories.Add(int.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture));
        }

        var items = await db.ImportItems.AsNoTracking()
            .Where(i => i.ImportBatchId == batchId)
            .Select(i => new { i.Position, i.Outcome, StoryId = i.Article == null ? null : i.Article.StoryId })
            .ToListAsync(cancellationToken);

        int exactWritten = 0, exactCaught = 0, nearWritten = 0, nearAsDuplicate = 0;
        var storedByGenerated = new Dictionary<int, HashSet<long>>();
        var countByGenerated = new Dictionary<int, int>();
        var generatedByStored = new Dictionary<long, HashSet<int>>();
        foreach (var item in items)
        {
            var kind = kinds[item.Position - 1];
            var generated = stories[item.Position - 1];
            if (kind is LineKind.SameUrl or LineKind.SameText)
            {
                exactWritten++;
                if (item.Outcome == ImportOutcome.Duplicate)
                    exactCaught++;
            }

            if (kind == LineKind.NearDuplicate)
            {
                nearWritten++;
                if (item.Outcome == ImportOutcome.Duplicate)
                    nearAsDuplicate++;
            }

            if (item.Outcome != ImportOutcome.Imported || item.StoryId is not { } stored || kind is not (LineKind.Original or LineKind.NearDuplicate))
                continue;
            Add(storedByGenerated, generated, stored);
            countByGenerated[generated] = countByGenerated.GetValueOrDefault(generated) + 1;
            Add(generatedByStored, stored, generated);
        }

        var groups = countByGenerated.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        var together = groups.Where(g => storedByGenerated[g].Count == 1).ToList();
        var alone = together.Count(g => generatedByStored[storedByGenerated[g].Single()].Count == 1);
        var mixing = generatedByStored.Count(s => s.Value.Count > 1);
        return new ClusteringReport(exactWritten, exactCaught, nearWritten, nearAsDuplicate, groups.Count, together.Count, alone, mixing);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var values))
            map[key] = values = [];
        values.Add(value);
    }
}
