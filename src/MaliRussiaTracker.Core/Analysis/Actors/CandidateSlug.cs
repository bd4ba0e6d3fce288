using System.Reflection;
using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// The slug an editor would give a candidate from its printed name: folded, words joined by hyphens (« Célestin
/// Simporé » → celestin-simpore). A Russian name is printed the French way in one article and the English way in the
/// next (« Sergueï Tsivilev », « Sergei Tsivilev »; « Grouzdev », « Gruzdev »): where the first name is a Russian
/// given name of russian-names.txt, the slug takes its international romanisation and the surname that file's folds,
/// so both printings make one candidate.
/// </summary>
public static class CandidateSlug
{
    private static readonly Lazy<(Dictionary<string, string> GivenNames, List<(string From, string To)> Folds)> Names = new(Load);

    public static string Of(string printedName)
    {
        var words = Words(FoldedText.Fold(printedName));
        if (words.Count >= 2 && Names.Value.GivenNames.TryGetValue(words[0], out var given))
        {
            words[0] = given;
            for (var i = 1; i < words.Count; i++)
                words[i] = Romanised(words[i]);
        }

        return string.Join('-', words);
    }

    private static List<string> Words(string folded)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
            words.Add(word.ToString());
        return words;
    }

    private static string Romanised(string surname)
    {
        foreach (var (from, to) in Names.Value.Folds)
            surname = surname.Replace(from, to, StringComparison.Ordinal);
        return surname;
    }

    private static (Dictionary<string, string>, List<(string, string)>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MaliRussiaTracker.russian-names.txt")
            ?? throw new InvalidOperationException("The list of Russian given names is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var folds = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            if (line.StartsWith("fold:", StringComparison.Ordinal))
            {
                var parts = line["fold:".Length..].Split('>', StringSplitOptions.TrimEntries);
                folds.Add((parts[0], parts[1]));
                continue;
            }

            var names = line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var name in names)
                given[name] = names[0];
        }

        return (given, folds);
    }
}
