using System.Text;

namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>
/// One spelling for the ways French and English transliterate a Russian name: Belooussov and Belousov,
/// Chevtchenko and Shevchenko, Prigojine and Prigozhin, Ievkourov and Yevkurov, Saltikov and Saltykov.
/// </summary>
public static class Transliteration
{
    // Longest first: « tch » before « ch », « ou » before a lone « o ».
    private static readonly (string From, string To)[] Rules =
    [
        ("tch", "ch"), ("sch", "ch"), ("sh", "ch"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("ck", "k"),
        ("gue", "ge"), ("gui", "gi"), ("ou", "u"), ("y", "i"), ("w", "v"),
    ];

    /// <summary>The common spelling of a folded (lower-case, unaccented) name.</summary>
    public static string Fold(ReadOnlySpan<char> folded)
    {
        // Doubled letters go first (« Belooussov »), so the rules below meet single ones.
        var single = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (single.Length == 0 || single[^1] != c || !char.IsLetter(c))
                single.Append(c);
        }

        var text = single.ToString();
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (from, to) in Rules)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    result.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
                result.Append(text[i++]);
        }

        // « Ievkourov », « Yevkurov » and « Evkourov » open the same; « Ivanoff », « Prigojine » end as « Ivanov », « Prigojin ».
        if (result.Length > 3 && result[0] == 'i' && result[1] == 'e')
            result.Remove(0, 1);
        if (result.Length > 4 && result[^1] == 'f' && result[^2] == 'o')
            result[^1] = 'v';
        if (result.Length > 4 && result[^1] == 'e' && result[^2] is 'n' or 'm' or 'v')
            result.Length--;
        return result.ToString();
    }
}
