using System.Globalization;
using MaliRussiaTracker.Core.Analysis.Stories;
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
            .Select(i => new { i.Position, i.Outcome, StoryId = i.Article == null ? null : i.Article.StoryId, Fingerprint = i.Article == null ? null : i.Article.Fingerprint })
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
        var mixed = generatedByStored.Where(s => s.Value.Count > 1).Select(s => s.Key).ToHashSet();
        var members = items.Where(i => i.Outcome == ImportOutcome.Imported && i.StoryId is { } id && mixed.Contains(id) && i.Fingerprint is not null)
            .GroupBy(i => i.StoryId!.Value)
            .Select(g => g.Select(i => (Generated: stories[i.Position - 1], Fingerprint: StoryFingerprint.Parse(i.Fingerprint!))).ToList())
            .ToList();
        return new ClusteringReport(exactWritten, exactCaught, nearWritten, nearAsDuplicate, groups.Count, together.Count, alone, mixing)
        {
            Mixes = [.. members.Select(Closest).OfType<Mix>()],
        };
    }

    /// <summary>For each stored story that mixes generated stories, its closest pair of members from different ones: what joined them.</summary>
    public IReadOnlyList<Mix> Mixes { get; init; } = [];

    private static Mix? Closest(List<(int Generated, StoryFingerprint Fingerprint)> members)
    {
        Mix? closest = null;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (members[i].Generated == members[j].Generated)
                    continue;
                var (a, b) = (members[i].Fingerprint, members[j].Fingerprint);
                var similarity = a.Similarity(b);
                if (closest is null || similarity > closest.Similarity)
                {
                    var words = a.Signature.Zip(b.Signature).Count(p => p.First == p.Second) / (double)a.Signature.Count;
                    closest = new Mix(similarity, words, string.Join(',', a.Actors), string.Join(',', b.Actors), string.Join(',', a.LeadActors), string.Join(',', b.LeadActors), $"{a.Date}", $"{b.Date}");
                }
            }
        }

        return closest;
    }

    internal sealed record Mix(double Similarity, double Words, string ActorsA, string ActorsB, string LeadA, string LeadB, string DateA, string DateB);

    private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> map, TKey key, TValue value) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var values))
            map[key] = values = [];
        values.Add(value);
    }
}
