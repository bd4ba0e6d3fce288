using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>Builds a <see cref="StoryFingerprint"/> from an article's folded content and mentions.</summary>
public static class FingerprintBuilder
{
    // Stems this long survive French inflection (« militaires », « militaire ») and rewording's near-synonyms.
    private const int StemLength = 6;
    private const int MinWordLength = 4;
    private const int LeadLength = 400;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "dans", "pour", "avec", "sont", "cette", "leur", "leurs", "plus", "entre", "comme", "depuis", "selon",
        "aussi", "mais", "tout", "tous", "toute", "toutes", "deux", "trois", "ainsi", "notamment", "elle", "elles",
        "nous", "vous", "avait", "avoir", "etre", "sera", "serait", "ont", "sous", "sans", "vers", "lors", "dont",
        "apres", "avant", "encore", "meme", "autre", "autres", "faire", "fait", "bien", "tres", "ceux", "celle",
        "with", "from", "that", "this", "have", "were", "their", "which",
    };

    /// <summary>The fingerprint of an article.</summary>
    public static StoryFingerprint Build(string folded, IReadOnlyList<TextMention> mentions, PartialDate? date, Sentences? sentences = null)
    {
        var signature = new uint[StoryFingerprint.SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        var seen = new HashSet<ulong>();
        foreach (var (start, length) in LetterRuns.Of(folded))
        {
            if (length < MinWordLength || IsCommon(folded.AsSpan(start, length)))
                continue;
            var stem = folded.AsSpan(start, Math.Min(length, StemLength));
            var hash = Mix(Hash(stem));
            if (!seen.Add(hash))
                continue;
            // Double hashing: the k-th hash function is h1 + k·h2, as good for MinHash as k independent ones.
            var h1 = (uint)hash;
            var h2 = (uint)(hash >> 32) | 1;
            for (var k = 0; k < signature.Length; k++)
            {
                var h = h1 + ((uint)k * h2);
                if (h < signature[k])
                    signature[k] = h;
            }
        }

        var leadEnd = LeadEnd(folded, sentences ?? Sentences.Of(folded));
        return new StoryFingerprint(signature, Speakers(mentions, int.MaxValue), Speakers(mentions, leadEnd), date);
    }

    // The title and the opening: the first two sentences (a title line is one), at most a few hundred characters.
    private static int LeadEnd(string folded, Sentences sentences)
    {
        var start = 0;
        while (start < folded.Length && char.IsWhiteSpace(folded[start]))
            start++;
        var second = sentences.EndOf(start, folded.Length);
        while (second < folded.Length && char.IsWhiteSpace(folded[second]))
            second++;
        return Math.Min(start + LeadLength, sentences.EndOf(second, folded.Length));
    }

    private static List<string> Speakers(IReadOnlyList<TextMention> mentions, int before) => mentions
        .Where(m => m.CanSpeak && m.Start < before)
        .Select(m => m.Slug)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCommon(ReadOnlySpan<char> word) => CommonLookup.Contains(word);

    // FNV-1a: stable across runs and machines, unlike string.GetHashCode, so stored fingerprints stay comparable.
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
