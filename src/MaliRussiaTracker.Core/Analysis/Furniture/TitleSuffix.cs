namespace MaliRussiaTracker.Core.Analysis.Furniture;

/// <summary>
/// The site's name that a page's title line ends on (« Le Mali reçoit des hélicoptères russes - Le Journal du Sahel »,
/// « … | RFI », « … – maliweb.net »): the outlet's, not the news's, so its names are not read as the article's.
/// </summary>
public static class TitleSuffix
{
    private const int MinTitleLength = 20;
    private const int MaxNameLength = 40;
    private const int MaxNameWords = 5;

    // The small words a name may hold uncapitalised (« Journal du Faso », « Voice of America »).
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "la", "le", "les", "et", "en", "d", "l", "of", "the", "and", "on",
    };

    private static readonly char[] Separators = ['|', '-', '–', '—'];

    /// <summary>Where the suffix of the title line <c>[lineStart, lineEnd)</c> of <paramref name="text"/> lies
    /// (its separator included), or null when the line ends on no site's name.</summary>
    public static (int Start, int End)? Of(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var separator = line.LastIndexOfAny(Separators);
        // The separator stands between spaces: a hyphen inside a word (« Russie-Mali ») splits nothing.
        if (separator < MinTitleLength || separator + 1 >= line.Length || line[separator - 1] != ' ' || line[separator + 1] != ' ')
            return null;
        var name = line[(separator + 1)..].Trim();
        var title = line[..(separator - 1)].TrimEnd();
        if (name.Length is 0 or > MaxNameLength || title.Length < MinTitleLength || title[^1] is ':' or ',')
            return null;
        if (!IsDomain(name) && !IsCapitalisedName(name))
            return null;
        // A title that sets dashes between names elsewhere too (« Bamako – Moscou : … sommet Russie – Afrique ») uses
        // them as its own punctuation: the last one joins two of its names, it does not open the site's.
        if (line[separator] != '|' && title.Contains([' ', line[separator], ' '], StringComparison.Ordinal))
            return null;
        var start = separator - 1;
        while (start > 0 && line[start - 1] == ' ')
            start--;
        return (lineStart + start, lineEnd);
    }

    private static bool IsDomain(ReadOnlySpan<char> name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && name.Length - dot - 1 is >= 2 and <= 6 && !name.Contains(' ') && char.IsLetter(name[^1]);
    }

    // Every word capitalised, but the small words of a name; no digit (« - 21 novembre 2024 » is a date, not a site).
    private static bool IsCapitalisedName(ReadOnlySpan<char> name)
    {
        var words = 0;
        foreach (var range in name.SplitAny(" '’"))
        {
            var word = name[range];
            if (word.IsEmpty)
                continue;
            words++;
            if (words > MaxNameWords || word.ContainsAnyInRange('0', '9'))
                return false;
            if (!char.IsUpper(word[0]) && !Particles.Contains(word.ToString()))
                return false;
        }

        return words > 0 && char.IsUpper(name[0]);
    }
}
