using System.Reflection;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// Proposes the institutions of a state that the world lacks (« le ministère russe de la Défense », « l'armée
/// nigérienne », « Niger's defence ministry »): a head word, the state by its adjective or its name, and for a
/// ministry its portfolio, in the orders French and English write them. The words are data (institutions.txt); the
/// candidate goes by the name as printed, for an editor to confirm or merge.
/// </summary>
public static class InstitutionFinder
{
    private static readonly Lazy<(Regex Pattern, System.Buffers.SearchValues<string> Heads)[]> Patterns = new(Load);

    /// <summary>A candidate organisation for each institution named in <paramref name="content"/> that no known name covers.</summary>
    public static List<Candidate> Find(string content, IReadOnlyList<TextMention> mentions, Func<string, bool> isState)
    {
        var found = new List<Candidate>();
        foreach (var (pattern, heads) in Patterns.Value)
        {
            // Most articles name no institution: a look for the pattern's head words spares them the pattern.
            if (content.AsSpan().IndexOfAny(heads) < 0)
                continue;
            foreach (Match m in pattern.Matches(content))
            {
                var (start, end) = (m.Index, m.Index + m.Length);
                // A known name over the head (« Forces armées maliennes ») is the institution itself; a state's name
                // inside (« du Mali ») is only its state.
                if (mentions.Any(x => x.Start < end && start < x.End && !isState(x.Slug)))
                    continue;
                if (found.Exists(c => c.Start < end && start < c.End))
                    continue;
                found.Add(new Candidate("organisation", m.Value, m.Value, start, end));
            }
        }

        return found;
    }

    private static (Regex, System.Buffers.SearchValues<string>)[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MaliRussiaTracker.institutions.txt")
            ?? throw new InvalidOperationException("The list of institution words is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var adjectives = new List<string>();
        var frenchNames = new List<string>();
        var englishNames = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon];
            var value = line[(colon + 1)..];
            if (key == "state")
            {
                var parts = value.Split('|', StringSplitOptions.TrimEntries);
                frenchNames.Add(parts[0]);
                adjectives.AddRange(Items(parts[1]));
                englishNames.AddRange(Items(parts[2]));
            }
            else
            {
                lists[key] = Items(value);
            }
        }

        var adjective = Alternation(adjectives);
        var frPortfolioHead = Alternation(lists["fr-portfolio-head"]);
        var frHead = Alternation(lists["fr-head"]);
        var enPortfolioHead = Alternation(lists["en-portfolio-head"]);
        var enHead = Alternation(lists["en-head"]);
        var enPortfolio = Alternation(lists["en-portfolio"]);
        var lower = Alternation(lists["fr-portfolio-lower"]);
        var frenchState = $@"(?:du|de la|de l'|de l’|de|des)\s*(?:{Alternation(frenchNames)})";
        var englishState = Alternation(englishNames);
        // « de la Défense », « des Affaires étrangères », « de l'Énergie et des Ressources en eau »: a capital, the
        // lower-case words a portfolio carries, and more of them joined by « et ».
        const string Article = @"(?:de la|de l'|de l’|des|du)\s*";
        var portfolio = $@"{Article}\p{{Lu}}[\p{{L}}-]*(?:\s+(?:{lower}))*(?:\s+et\s+{Article}\p{{Lu}}[\p{{L}}-]*(?:\s+(?:{lower}))*)*";
        var englishPortfolio = @"(?:National\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}";
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        List<string> english = [.. lists["en-portfolio-head"], .. lists["en-head"]];
        (string Pattern, List<string> Heads)[] patterns =
        [
            // « le ministère russe de la Défense », « l'armée nigérienne »
            ($@"\b(?:{frPortfolioHead})\s+(?:{adjective})\s+{portfolio}", lists["fr-portfolio-head"]),
            ($@"\b(?:{frPortfolioHead})\s+{portfolio}\s+(?:(?:{adjective})\b|{frenchState}\b)", lists["fr-portfolio-head"]),
            ($@"\b(?:{frHead})\s+(?:(?:{adjective})\b|{frenchState}\b)", lists["fr-head"]),
            // « the Ministry of National Defense of Niger », « the Ministry of Mines »
            ($@"\b(?:{enPortfolioHead})\s+of\s+{englishPortfolio}(?:\s+of\s+(?:{englishState})\b)?", lists["en-portfolio-head"]),
            // « the Russian Defence Ministry », « Niger's defence ministry », « the Niger army »
            ($@"\b(?:(?:{adjective})|(?:{englishState})(?:'s|’s)?)\s+(?:(?:{enPortfolio})\s+(?:{enPortfolioHead})|(?:{enHead}))\b", english),
        ];
        return [.. patterns.Select(p => (new Regex(p.Pattern, Options), System.Buffers.SearchValues.Create([.. p.Heads], StringComparison.Ordinal)))];
    }

    private static List<string> Items(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // Longest first, so that « forces armées » is tried before « armée » would leave « forces » out.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
}
