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
        // Names are short: both passes work in stack buffers, and only the result is allocated.
        Span<char> single = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        foreach (var c in folded)
        {
            // Doubled letters go first (« Belooussov »), so the rules below meet single ones.
            if (n == 0 || single[n - 1] != c || !char.IsLetter(c))
                single[n++] = c;
        }

        Span<char> result = n <= 128 ? stackalloc char[n] : new char[n];
        var length = 0;
        for (var i = 0; i < n;)
        {
            var matched = false;
            foreach (var (from, to) in Rules)
            {
                if (single[i..n].StartsWith(from, StringComparison.Ordinal))
                {
                    to.AsSpan().CopyTo(result[length..]);
                    length += to.Length;
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
                result[length++] = single[i++];
        }

        var text = result[..length];
        // « Ievkourov », « Yevkurov » and « Evkourov » open the same; « Ivanoff », « Prigojine » end as « Ivanov », « Prigojin ».
        if (text.Length > 3 && text[0] == 'i' && text[1] == 'e')
            text = text[1..];
        if (text.Length > 4 && text[^1] == 'f' && text[^2] == 'o')
            text[^1] = 'v';
        if (text.Length > 4 && text[^1] == 'e' && text[^2] is 'n' or 'm' or 'v')
            text = text[..^1];
        return text.ToString();
    }
}
