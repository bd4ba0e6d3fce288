using System.Reflection;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>
/// The kinds of happening an article tells (a call, a visit, a signing, a delivery, fighting…), read from words of
/// French and English kept as data beside this class: what two tellings of one story share in any language, and
/// what two matters of the same leaders on the same day do not.
/// </summary>
internal static class Happenings
{
    private static readonly (Dictionary<string, string> Words, Dictionary<string, string> Stems, List<(string Phrase, string Kind)> Phrases, int LongestStem) Lists = Load();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Lists.Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemLookup = Lists.Stems.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MinStem = 3;

    private static readonly System.Buffers.SearchValues<string> PhraseSearch =
        System.Buffers.SearchValues.Create([.. Lists.Phrases.Select(p => p.Phrase).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup =
        Lists.Stems.Keys.Select(k => k[..MinStem]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The kinds of happening <paramref name="folded"/> tells, each once, keyed <c>!kind</c>.</summary>
    public static List<string> In(string folded)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, length) in LetterRuns.Of(folded))
        {
            var word = folded.AsSpan(start, length);
            if (WordLookup.TryGetValue(word, out var kind))
            {
                kinds.Add(kind);
                continue;
            }

            // Most words begin no stem: one look-up of the first letters rules them out.
            if (length < MinStem || !PrefixLookup.Contains(word[..MinStem]))
                continue;
            for (var n = Math.Min(length, Lists.LongestStem); n >= MinStem; n--)
            {
                if (StemLookup.TryGetValue(word[..n], out var stemKind))
                {
                    kinds.Add(stemKind);
                    break;
                }
            }
        }

        // The phrases in one pass over the text, not one pass each.
        var rest = folded.AsSpan();
        for (var at = rest.IndexOfAny(PhraseSearch); at >= 0; at = rest.IndexOfAny(PhraseSearch))
        {
            rest = rest[at..];
            foreach (var (phrase, kind) in Lists.Phrases)
            {
                if (rest.StartsWith(phrase, StringComparison.Ordinal))
                    kinds.Add(kind);
            }

            rest = rest[1..];
        }

        return [.. kinds.Select(k => "!" + k)];
    }

    private static (Dictionary<string, string>, Dictionary<string, string>, List<(string, string)>, int) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MaliRussiaTracker.happenings.txt")
            ?? throw new InvalidOperationException("The embedded list of happenings is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var colon = line.IndexOf(':');
            if (line.StartsWith('#') || colon < 1)
                continue;
            var kind = line[..colon].Trim();
            foreach (var entry in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var folded = FoldedText.Fold(entry);
                if (folded.EndsWith('*'))
                    stems.TryAdd(folded[..^1], kind);
                else if (folded.Contains(' ', StringComparison.Ordinal) || folded.Contains('\'', StringComparison.Ordinal))
                    phrases.Add((folded, kind));
                else
                    words.TryAdd(folded, kind);
            }
        }

        return (words, stems, phrases, stems.Keys.Max(s => s.Length));
    }
}
