using System.Globalization;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>
/// Groups articles into stories one article at a time, as ingestion meets them: an article joins the story
/// whose closest member is most similar to it, past the threshold, or opens a new story.
/// </summary>
public sealed class StoryClusterer
{
    private readonly List<(string Key, List<StoryFingerprint> Members)> _stories = [];

    /// <summary>The stories so far, each with its members' fingerprints in the order they came.</summary>
    public IReadOnlyList<(string Key, List<StoryFingerprint> Members)> Stories => _stories;

    /// <summary>Places an article; returns its story's key.</summary>
    public string Add(StoryFingerprint fingerprint)
    {
        var best = -1;
        var bestSimilarity = 0.0;
        for (var i = 0; i < _stories.Count; i++)
        {
            foreach (var member in _stories[i].Members)
            {
                var similarity = member.Similarity(fingerprint);
                if (similarity > bestSimilarity)
                {
                    bestSimilarity = similarity;
                    best = i;
                }
            }
        }

        if (best >= 0 && bestSimilarity >= StoryFingerprint.SameStoryThreshold)
        {
            _stories[best].Members.Add(fingerprint);
            return _stories[best].Key;
        }

        var key = KeyFor(fingerprint);
        _stories.Add((key, [fingerprint]));
        return key;
    }

    // Named from the first article's signature, so the same batch gives the same keys on every run.
    private static string KeyFor(StoryFingerprint first)
    {
        var hash = 17u;
        foreach (var value in first.Signature.Take(4))
            hash = (hash * 31) ^ value;
        return "story-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
