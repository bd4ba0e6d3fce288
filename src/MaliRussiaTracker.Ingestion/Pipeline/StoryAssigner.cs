using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// Puts each article of a chunk in the story of the most similar article already stored or met earlier in the
/// same chunk, past the engine's threshold, or opens a story for it. The stored side is worked out for the
/// whole chunk at once: the comparisons on every core, and the stories they point to loaded in one query.
/// </summary>
internal sealed class StoryAssigner
{
    private readonly TimeProvider _clock;
    private readonly IReadOnlyList<StoredMatch?> _stored;
    private readonly Dictionary<long, Story> _storedStories;
    private readonly List<(StoryFingerprint Fingerprint, Story Story)> _peers = [];
    private readonly List<Story> _dated = [];
    private readonly Dictionary<Story, int> _datedBy = new(ReferenceEqualityComparer.Instance);

    private StoryAssigner(TimeProvider clock, IReadOnlyList<StoredMatch?> stored, Dictionary<long, Story> storedStories)
    {
        _clock = clock;
        _stored = stored;
        _storedStories = storedStories;
    }

    /// <summary>Finds, for each reading, its best stored match, and loads (tracked) the stories those matches belong to.</summary>
    public static async Task<StoryAssigner> StartAsync(TrackerDbContext db, StoryCandidates candidates, TimeProvider clock, IReadOnlyList<ArticleReading> readings, CancellationToken cancellationToken)
    {
        var known = new IReadOnlyList<KnownFingerprint>[readings.Count];
        for (var i = 0; i < readings.Count; i++)
            known[i] = readings[i].Fingerprint is { } fingerprint ? await candidates.ForAsync(db, fingerprint, cancellationToken) : [];
        var stored = Enumerable.Range(0, readings.Count).AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(i => readings[i].Fingerprint is { } fingerprint ? BestStored(fingerprint, known[i]) : null)
            .ToList();
        var ids = stored.OfType<StoredMatch>().Select(m => m.StoryId).Distinct().ToList();
        var stories = ids.Count == 0 ? [] : await db.Stories.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return new StoryAssigner(clock, stored, stories);
    }

    /// <summary>The story of the chunk's <paramref name="index"/>-th reading (the order given to <see cref="StartAsync"/>).</summary>
    public async Task<Story> AssignAsync(TrackerDbContext db, int index, ArticleReading reading, string contentHash, string? title, CancellationToken cancellationToken)
    {
        if (reading.Fingerprint is not { } fingerprint)
        {
            var alone = Open(contentHash, title);
            alone.MainDate = reading.OwnDate;
            return alone;
        }

        Story? best = null;
        var bestSimilarity = StoryFingerprint.SameStoryThreshold;
        foreach (var (peer, story) in _peers)
        {
            var similarity = peer.Similarity(fingerprint);
            if (similarity >= bestSimilarity)
                (best, bestSimilarity) = (story, similarity);
        }

        // A stored match at least as close as the chunk's best wins, as it would compared after the chunk's.
        if (_stored[index] is { } match && match.Similarity >= bestSimilarity)
        {
            best = _storedStories.GetValueOrDefault(match.StoryId)
                // Deleted since the chunk began: the article opens a story of its own rather than point at nothing.
                ?? await db.Stories.FindAsync([match.StoryId], cancellationToken);
        }

        var chosen = best ?? Open(contentHash, title);
        // A story learns its date from the first member that gives one, so its undated members can borrow it;
        // those stored before it learned one are read again once this transaction commits.
        if (chosen.MainDate is null && reading.OwnDate is not null)
        {
            // Stored or met earlier in this chunk, its undated members were completed without a date.
            if (best is not null)
                _dated.Add(chosen);
            _datedBy[chosen] = index;
        }

        chosen.MainDate ??= reading.OwnDate;
        chosen.Title ??= title;
        _peers.Add((fingerprint, chosen));
        return chosen;
    }

    /// <summary>
    /// Once the member that dated its story is complete, the story lends that member's news date rather than its page's
    /// (the lead's « jeudi », not the Friday it was published), as a batch analysed at once does.
    /// </summary>
    public void LearnNewsDate(int index, Story story, ArticleAnalysis analysis)
    {
        if (_datedBy.TryGetValue(story, out var by) && by == index && analysis.MainDate is { } news)
            story.MainDate = news;
    }

    /// <summary>Stories that learned their date in this transaction: their undated members need reading again once it commits.</summary>
    public IEnumerable<Story> StoriesThatGainedADate => _dated;

    /// <summary>What this transaction added, for <see cref="StoryCandidates.Remember"/> once it commits.</summary>
    public IEnumerable<(StoryFingerprint Fingerprint, Story Story)> Added => _peers;

    private static StoredMatch? BestStored(StoryFingerprint fingerprint, IReadOnlyList<KnownFingerprint> known)
    {
        StoredMatch? best = null;
        var bestSimilarity = StoryFingerprint.SameStoryThreshold;
        foreach (var candidate in known)
        {
            var similarity = candidate.Fingerprint.Similarity(fingerprint);
            if (similarity >= bestSimilarity)
                (best, bestSimilarity) = (new StoredMatch(candidate.StoryId, similarity), similarity);
        }

        return best;
    }

    // Dated by its first member once assigned, as a story that learns its date later is.
    private Story Open(string contentHash, string? title) => new()
    {
        // The first article's hash is unique among articles, so the key is unique among stories.
        Key = "story-" + contentHash[..16],
        Title = title,
        CreatedAt = _clock.GetUtcNow(),
    };

    private sealed record StoredMatch(long StoryId, double Similarity);
}
