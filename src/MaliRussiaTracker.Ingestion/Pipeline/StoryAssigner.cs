using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// Puts a newcomer in the story of the most similar article already stored or met earlier in the same
/// transaction, past the engine's threshold, or opens a story for it.
/// </summary>
internal sealed class StoryAssigner(StoryCandidates candidates, TimeProvider clock)
{
    private readonly List<(StoryFingerprint Fingerprint, Story Story)> _peers = [];
    private readonly List<Story> _dated = [];

    public async Task<Story> AssignAsync(TrackerDbContext db, ArticleReading reading, string contentHash, string? title, CancellationToken cancellationToken)
    {
        if (reading.Fingerprint is not { } fingerprint)
            return Open(reading, contentHash, title);

        Story? best = null;
        long? bestStoredId = null;
        var bestSimilarity = StoryFingerprint.SameStoryThreshold;
        foreach (var (peer, story) in _peers)
        {
            var similarity = peer.Similarity(fingerprint);
            if (similarity >= bestSimilarity)
                (best, bestStoredId, bestSimilarity) = (story, null, similarity);
        }

        foreach (var known in await candidates.ForAsync(db, fingerprint, cancellationToken))
        {
            var similarity = known.Fingerprint.Similarity(fingerprint);
            if (similarity >= bestSimilarity)
                (best, bestStoredId, bestSimilarity) = (null, known.StoryId, similarity);
        }

        var chosen = best
            ?? (bestStoredId is { } id ? await db.Stories.FindAsync([id], cancellationToken) : null)
            ?? Open(reading, contentHash, title);
        // A story learns its date from the first member that gives one, so its undated members can borrow it;
        // those stored before it learned one are read again once this transaction commits.
        if (chosen.MainDate is null && reading.OwnDate is not null && chosen.Id != 0)
            _dated.Add(chosen);
        chosen.MainDate ??= reading.OwnDate;
        chosen.Title ??= title;
        _peers.Add((fingerprint, chosen));
        return chosen;
    }

    /// <summary>Stored stories that learned their date in this transaction: their undated members need reading again.</summary>
    public IEnumerable<Story> StoriesThatGainedADate => _dated;

    /// <summary>What this transaction added, for <see cref="StoryCandidates.Remember"/> once it commits.</summary>
    public IEnumerable<(StoryFingerprint Fingerprint, Story Story)> Added => _peers;

    private Story Open(ArticleReading reading, string contentHash, string? title) => new()
    {
        // The first article's hash is unique among articles, so the key is unique among stories.
        Key = "story-" + contentHash[..16],
        MainDate = reading.OwnDate,
        Title = title,
        CreatedAt = clock.GetUtcNow(),
    };
}
