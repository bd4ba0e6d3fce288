using System.Collections.Concurrent;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Events;

/// <summary>
/// Finds an event's or agreement's keywords in folded text, tolerant of French endings: a keyword word of
/// four letters or more also matches a longer word it begins (« retir » finds « retirés », « ratifi »
/// finds « ratifié »), so the data can give stems.
/// </summary>
public static class KeywordMatcher
{
    private const int MaxExtraLetters = 5;

    // Keywords come from a gazetteer of a few hundred entries: folding each once, not once per article.
    private static readonly ConcurrentDictionary<string, List<string>> Words = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="keyword"/> occurs in <paramref name="folded"/>.</summary>
    public static bool Occurs(string folded, string keyword) => Occurs(folded, keyword, 0, folded.Length);

    /// <summary>Whether <paramref name="keyword"/> starts between <paramref name="start"/> and <paramref name="end"/> of <paramref name="folded"/>.</summary>
    public static bool Occurs(string folded, string keyword, int start, int end)
    {
        var words = Words.GetOrAdd(keyword, static k => Split(FoldedText.Fold(k)));
        if (words.Count == 0)
            return false;
        var first = words[0];
        var from = start;
        while (from < end)
        {
            var at = folded.IndexOf(first, from, end - from, StringComparison.Ordinal);
            if (at < 0)
                return false;
            from = at + 1;
            if (at > 0 && FoldedText.IsWordChar(folded[at - 1]))
                continue;
            if (MatchesFrom(folded, at, words))
                return true;
        }

        return false;
    }

    private static bool MatchesFrom(string folded, int at, List<string> words)
    {
        var position = at;
        foreach (var word in words)
        {
            while (position < folded.Length && !FoldedText.IsWordChar(folded[position]))
                position++;
            if (string.CompareOrdinal(folded, position, word, 0, word.Length) != 0)
                return false;
            var end = position + word.Length;
            var extra = 0;
            while (end < folded.Length && FoldedText.IsWordChar(folded[end]))
            {
                end++;
                extra++;
            }

            if (extra > 0 && (word.Length < 4 || extra > MaxExtraLetters))
                return false;
            position = end;
        }

        return true;
    }

    private static List<string> Split(string folded)
    {
        var words = new List<string>();
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !FoldedText.IsWordChar(folded[i]))
                i++;
            var start = i;
            while (i < folded.Length && FoldedText.IsWordChar(folded[i]))
                i++;
            if (i > start)
                words.Add(folded[start..i]);
        }

        return words;
    }
}
