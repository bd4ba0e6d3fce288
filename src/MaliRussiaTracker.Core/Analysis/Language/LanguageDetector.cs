using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Language;

/// <summary>
/// Tells French from English from anything else by the share of each language's commonest words: no
/// network service, and robust on a few hundred words of news.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui", "sur", "avec",
        "pas", "au", "aux", "par", "ce", "cette", "ses", "son", "sont", "ont", "il", "elle", "nous", "vous", "leur",
        "mais", "ou", "plus", "entre", "a", "se", "sa", "ne", "lors", "depuis", "selon", "tres", "comme",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by", "are", "from", "at",
        "this", "be", "it", "an", "have", "has", "not", "which", "were", "its", "their", "they", "he", "she",
        "will", "would", "been", "but", "or", "after", "said", "who",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchLookup = French.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int SampleLength = 3000;

    /// <summary><c>fr</c>, <c>en</c> or <c>other</c> for folded text.</summary>
    public static string Detect(string folded)
    {
        int words = 0, french = 0, english = 0;
        // A few hundred words tell the language as well as the whole article does.
        foreach (var (start, length) in LetterRuns.Of(folded.AsSpan(0, Math.Min(folded.Length, SampleLength))))
        {
            words++;
            var word = folded.AsSpan(start, length);
            if (FrenchLookup.Contains(word))
                french++;
            if (EnglishLookup.Contains(word))
                english++;
        }

        if (words < 3)
            return "other";
        var threshold = Math.Max(1, words / 10);
        if (french >= threshold && french > english)
            return "fr";
        if (english >= threshold && english > french)
            return "en";
        return "other";
    }
}
