using System.Globalization;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>
/// What an article is about, compact enough to store beside it and compare with a new article one at a
/// time: a MinHash signature of its folded content-word stems (so a rewording still shares most stems),
/// the people and organisations it names, and its own date where it prints one.
/// </summary>
public sealed class StoryFingerprint
{
    /// <summary>Articles at least this similar tell one story.</summary>
    public const double SameStoryThreshold = 0.45;

    internal const int SignatureLength = 64;
    private const string Version = "v1";

    internal StoryFingerprint(uint[] signature, IReadOnlyList<string> actors, PartialDate? date)
    {
        Signature = signature;
        Actors = actors;
        Date = date;
    }

    /// <summary>The MinHash signature.</summary>
    public IReadOnlyList<uint> Signature { get; }

    /// <summary>The slugs of the people and organisations named, sorted.</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>The article's own date (printed publication date or the date it is about), if any.</summary>
    public PartialDate? Date { get; }

    /// <summary>
    /// How alike two articles are, 0 to 1: half the estimated overlap of their words, half the overlap of
    /// their actors; halved where both print dates more than three days apart, since one story is told within
    /// days.
    /// </summary>
    public double Similarity(StoryFingerprint other)
    {
        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (Signature[i] == other.Signature[i])
                same++;
        }

        var words = (double)same / SignatureLength;
        var shared = Actors.Intersect(other.Actors, StringComparer.Ordinal).Count();
        var union = Actors.Count + other.Actors.Count - shared;
        var actors = union == 0 ? words : (double)shared / union;
        var similarity = (words + actors) / 2;
        if (Date is { } mine && other.Date is { } theirs && !Near(mine, theirs))
            similarity /= 2;
        return similarity;
    }

    /// <summary>Whether <paramref name="other"/> tells the same story.</summary>
    public bool IsSameStory(StoryFingerprint other) => Similarity(other) >= SameStoryThreshold;

    /// <summary>The stored form: <c>v1|date|slug,slug|hex signature</c>.</summary>
    public override string ToString() =>
        string.Join('|', Version, Date?.ToString() ?? "", string.Join(',', Actors), string.Concat(Signature.Select(s => s.ToString("x8", CultureInfo.InvariantCulture))));

    /// <summary>Reads the stored form; throws <see cref="FormatException"/> saying what is wrong.</summary>
    public static StoryFingerprint Parse(string stored)
    {
        var parts = stored.Split('|');
        if (parts.Length != 4 || parts[0] != Version || parts[3].Length != SignatureLength * 8)
            throw new FormatException($"Not a story fingerprint ({Version}|date|actors|signature): '{stored}'.");
        PartialDate? date = parts[1].Length == 0 ? null : PartialDate.Parse(parts[1]);
        var actors = parts[2].Length == 0 ? [] : parts[2].Split(',');
        var signature = new uint[SignatureLength];
        for (var i = 0; i < SignatureLength; i++)
            signature[i] = uint.Parse(parts[3].AsSpan(i * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new StoryFingerprint(signature, actors, date);
    }

    private static bool Near(PartialDate a, PartialDate b) =>
        a.Earliest.DayNumber - 3 <= b.Latest.DayNumber && b.Earliest.DayNumber - 3 <= a.Latest.DayNumber;
}
