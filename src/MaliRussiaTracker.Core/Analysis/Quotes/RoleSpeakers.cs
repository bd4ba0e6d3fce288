using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Quotes;

/// <summary>
/// Speakers named by a role noun alone (« a déclaré le diplomate », « a souligné le ministre des Affaires
/// étrangères », « le responsable russe »): the person of the article whose title, printed beside their name or
/// known to the gazetteer, holds the noun and its qualifiers. A title several people of the article share
/// resolves only when one of them holds it nearby, or one alone in the whole article.
/// </summary>
internal sealed partial class RoleSpeakers
{
    private const int Before = 110;
    private const int After = 70;

    // Role nouns and the title words that show someone holds that role.
    private static readonly (string Noun, string[] Titles)[] Nouns =
    [
        ("chef de l'etat", ["chef de l'etat", "president"]),
        ("chef de la junte", ["junte", "president de la transition"]),
        ("chef de la diplomatie", ["diplomatie", "affaires etrangeres"]),
        ("diplomate", ["diplomate", "ambassad", "envoye"]),
        ("ambassadeur", ["ambassad"]),
        ("ambassadrice", ["ambassad"]),
        ("officier", ["officier", "general", "colonel", "commandant", "capitaine", "chef d'etat-major"]),
        ("ministre", ["ministre"]),
        ("responsable", [""]),
        ("chercheur", ["chercheu"]),
        ("chercheuse", ["chercheu"]),
        ("porte-parole", ["porte-parole"]),
        ("general", ["general"]),
        ("president", ["president"]),
    ];

    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "a", "au", "aux", "devant", "lors", "dans", "sur", "en", "avec", "apres", "avant", "pendant", "sous", "cite",
        "citee", "selon", "qui", "que", "pour", "lui", "elle", "il", "son", "sa", "ses", "lundi", "mardi", "mercredi",
        "jeudi", "vendredi", "samedi", "dimanche", "hier", "depuis", "par",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "de", "des", "du", "la", "le", "l", "et", "d" };

    [GeneratedRegex(@"\b(?:le|la|l')\s*(?:ancien(?:ne)?\s+|ex-)?(?<noun>chef de l'etat|chef de la junte|chef de la diplomatie|diplomate|ambassadeur|ambassadrice|officier|ministre|responsable|chercheuse|chercheur|porte-parole|general|president)\b(?<rest>[^,.;:!?«»""\n(]{0,60})", RegexOptions.CultureInvariant)]
    private static partial Regex RoleNoun();

    private readonly string _folded;
    private readonly IReadOnlyList<TextMention> _mentions;
    private readonly IReadOnlyList<Candidate> _candidates;
    private readonly KnownWorld? _world;
    private List<(List<int> Starts, string? Slug, string? Name, string Descriptor)>? _people;

    private RoleSpeakers(string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> candidates, KnownWorld? world)
    {
        _folded = folded;
        _mentions = mentions;
        _candidates = candidates;
        _world = world;
    }

    /// <summary>The people of the article are described only when a role noun needs them: most quotes name their speaker.</summary>
    public static RoleSpeakers Of(string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> candidates, KnownWorld? world) =>
        new(folded, mentions, candidates, world);

    // The people of the article, each with what the text and the gazetteer say they are.
    private static List<(List<int> Starts, string? Slug, string? Name, string Descriptor)> Describe(string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> candidates, KnownWorld? world)
    {
        var people = new List<(List<int> Starts, string? Slug, string? Name, string Descriptor)>();
        var positions = mentions.Where(m => m.ActorKind == Domain.ActorKind.Person).Select(m => (m.Start, m.End))
            .Concat(candidates.Where(c => c.Kind == "person").Select(c => (c.Start, c.End)))
            .OrderBy(p => p.Start)
            .ToList();
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.ActorKind != Domain.ActorKind.Person)
                continue;
            if (seen.TryGetValue(mention.Slug, out var starts))
            {
                starts.Add(mention.Start);
                continue;
            }

            seen[mention.Slug] = starts = [mention.Start];
            var known = world is not null && world.Actors.TryGetValue(mention.Slug, out var actor)
                ? string.Join(" | ", actor.RoleList.Append(actor.Description ?? ""))
                : "";
            people.Add((starts, mention.Slug, null, Normalisation.FoldedText.Fold(known) + " | " + Around(folded, positions, mention.Start, mention.End)));
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Kind == "person" && seen.TryAdd(candidate.Name, [candidate.Start]))
                people.Add((seen[candidate.Name], null, candidate.Name, Normalisation.FoldedText.Fold(candidate.Evidence) + " | " + Around(folded, positions, candidate.Start, candidate.End)));
        }

        return people;
    }

    /// <summary>The person a role noun in <c>folded[from..to]</c> names, before <paramref name="quote"/>; nulls where none or several.</summary>
    public (string? Slug, string? Name) Resolve(string folded, int from, int to, int quote, int recentFrom)
    {
        if (to <= from)
            return (null, null);
        var m = RoleNoun().Match(folded, from, to - from);
        if (!m.Success)
            return (null, null);
        _people ??= Describe(_folded, _mentions, _candidates, _world);
        var titles = Nouns.First(n => n.Noun == m.Groups["noun"].Value).Titles;
        var qualifiers = Qualifiers(m.Groups["rest"].Value);
        bool Holds((List<int> Starts, string? Slug, string? Name, string Descriptor) p) =>
            titles.Any(t => p.Descriptor.Contains(t, StringComparison.Ordinal)) && qualifiers.All(q => p.Descriptor.Contains(q, StringComparison.Ordinal));

        var recent = _people.Where(p => p.Starts.Exists(s => s >= recentFrom && s < quote) && Holds(p)).ToList();
        if (recent.Count == 1)
            return (recent[0].Slug, recent[0].Name);
        var all = _people.Where(p => p.Starts[0] < Math.Max(quote, to) && Holds(p)).ToList();
        return all.Count == 1 ? (all[0].Slug, all[0].Name) : (null, null);
    }

    // « des Affaires étrangères », « russe »: the words that narrow the role, cut to a stem so « russe » finds
    // « Russie » and « burkinabè » « Burkina ».
    private static List<string> Qualifiers(string rest)
    {
        var words = new List<string>();
        foreach (var word in rest.Split([' ', '\'', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Stops.Contains(word))
                break;
            if (Skipped.Contains(word))
                continue;
            words.Add(word.Length > 4 ? word[..4] : word);
            if (words.Count == 3)
                break;
        }

        return words;
    }

    // What the text prints next to a person's first mention, up to the neighbouring people.
    private static string Around(string folded, List<(int Start, int End)> positions, int start, int end)
    {
        var from = Math.Max(0, start - Before);
        var to = Math.Min(folded.Length, end + After);
        foreach (var (s, e) in positions)
        {
            if (e <= start && e > from)
                from = e;
            if (s >= end && s < to)
                to = s;
        }

        var lineStart = folded.LastIndexOf('\n', Math.Max(0, start - 1));
        if (lineStart >= from)
            from = lineStart + 1;
        // « X, ambassadeur de Russie, et par le général Y »: what stands before « et » is X's title, not Y's.
        var window = folded.AsSpan(from, start - from);
        var and = Math.Max(window.LastIndexOf(", et "), window.LastIndexOf(" et par "));
        if (and >= 0)
            from += and + 4;
        var lineEnd = folded.IndexOf('\n', end);
        if (lineEnd >= 0 && lineEnd < to)
            to = lineEnd;
        // After the name only a title in apposition describes them (« Y, ministre burkinabè de la Défense, »), not
        // the clause that goes on (« Y, a rencontré le chef de la junte »).
        var after = Apposition().Match(folded, end, to - end);
        return string.Concat(folded.AsSpan(from, end - from), after.Success ? after.Value : "");
    }

    [GeneratedRegex(@"\G\s*,\s*(?:le |la |l')?(?:vice-|premier |premiere )?(?:ministre|ambassad|president|chef|general|porte-parole|secretaire|direct|chercheu|conseill|envoy|responsable|depute|commandant|colonel|capitaine|officier|diplomate)[^,.;\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();
}
