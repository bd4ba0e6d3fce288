using System.Reflection;
using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Places;

/// <summary>
/// Proposes the places the world lacks where the text says something happens: a capitalised name right after a cue
/// of place (« à Agadez », « dans la localité de Tinzaouaten », « in Agadez »), the cues being data
/// (place-cues.txt). The name goes as printed, for an editor to confirm or merge.
/// </summary>
public static class PlaceCandidateFinder
{
    private static readonly (string Cue, bool NamesAPlace)[] Cues = Load();

    // « in March », « à Noël »: words capitalised after a cue that are no place.
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "noel", "paques",
        "afrique", "africa", "europe", "asie", "asia", "occident", "ouest", "west", "est", "east", "nord", "north", "sud", "south",
        "addition", "particulier", "general", "total", "effet", "fact", "order", "terms", "response", "accordance",
    };

    /// <summary>Candidate places in <paramref name="content"/> (<paramref name="folded"/> its folded form) that nothing found covers.</summary>
    public static List<Candidate> Find(string content, string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> others)
    {
        var found = new List<Candidate>();
        // Cues are matched with their accents: the English article « a » is not « à ».
        var lower = content.ToLowerInvariant();
        foreach (var (cue, namesAPlace) in Cues)
        {
            for (var at = lower.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var nameStart = at + cue.Length;
                if ((at > 0 && char.IsLetter(lower[at - 1])) || nameStart >= content.Length || content[nameStart] != ' ')
                    continue;
                nameStart++;
                var (start, end, words) = CapitalisedName(content, nameStart);
                if (words == 0 || (!namesAPlace && words > 1) || end - start < 3)
                    continue;
                if (NotPlaces.Contains(folded[start..end]) || mentions.Any(m => m.Start < end && start < m.End)
                    || others.Any(c => c.Start < end && start < c.End || c.Name.Contains(content[start..end], StringComparison.Ordinal))
                    || found.Exists(c => c.Name == content[start..end]) || WrittenInLowerCase(content, folded, folded[start..end]))
                    continue;
                found.Add(new Candidate("place", content[start..end], content[at..end], start, end));
            }
        }

        return found;
    }

    // Up to three capitalised words (« Air Base »: two; « Tinzaouaten »: one), joined by a space or a hyphen.
    private static (int Start, int End, int Words) CapitalisedName(string content, int from)
    {
        var end = from;
        var words = 0;
        var i = from;
        while (words < 3 && i < content.Length && char.IsUpper(content[i]))
        {
            var wordEnd = i;
            while (wordEnd < content.Length && (char.IsLetter(content[wordEnd]) || (content[wordEnd] is '-' or '\'' && wordEnd + 1 < content.Length && char.IsLetter(content[wordEnd + 1]) && !IsPossessive(content, wordEnd))))
                wordEnd++;
            // An acronym (« ONU ») or an initial is no place name.
            if (wordEnd - i < 2 || !HasLowerLetter(content, i, wordEnd))
                break;
            end = wordEnd;
            words++;
            if (wordEnd + 1 >= content.Length || content[wordEnd] != ' ' || !char.IsUpper(content[wordEnd + 1]))
                break;
            i = wordEnd + 1;
        }

        return (from, end, words);
    }

    // « Togo's »: the English possessive is not part of the name.
    private static bool IsPossessive(string content, int apostrophe) =>
        content[apostrophe] == '\'' && content[apostrophe + 1] == 's' && (apostrophe + 2 == content.Length || !char.IsLetter(content[apostrophe + 2]));

    private static bool HasLowerLetter(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (char.IsLower(text[i]))
                return true;
        }

        return false;
    }

    // A capitalised word the text also writes in lower case (« à Bord », « in Response ») is a common word.
    private static bool WrittenInLowerCase(string content, string folded, string word)
    {
        foreach (var (start, length) in LetterRuns.Of(folded))
        {
            if (length == word.Length && char.IsLower(content[start]) && folded.AsSpan(start, length).SequenceEqual(word))
                return true;
        }

        return false;
    }

    private static (string, bool)[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MaliRussiaTracker.place-cues.txt")
            ?? throw new InvalidOperationException("The embedded list of place cues is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var cues = new List<(string, bool)>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var namesAPlace = line.StartsWith('*');
            cues.Add(((namesAPlace ? line[1..].Trim() : line).ToLowerInvariant(), namesAPlace));
        }

        return [.. cues];
    }
}
