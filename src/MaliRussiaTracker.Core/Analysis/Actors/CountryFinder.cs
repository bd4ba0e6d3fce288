using System.Reflection;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// Proposes the states the starting world lacks (« la Turquie », « Centrafrique », « South Africa »): states are
/// actors wherever they are named, and their names are known in advance, so they come from a list of the world's
/// states rather than from a title before them. A state is proposed under its French name, whatever spelling the
/// text printed, so that one entry gathers every article's evidence.
/// </summary>
public static class CountryFinder
{
    private static readonly Lazy<AliasIndex> States = new(Load);

    /// <summary>
    /// A candidate for each state of the list that <paramref name="text"/> names with a capital, where no known
    /// mention covers the name and the world does not already hold the state under its French name. Every naming is
    /// returned, so the caller can drop the known names that lie inside each; it keeps one candidate per state.
    /// </summary>
    public static List<Candidate> Find(FoldedText text, IReadOnlyList<TextMention> mentions, KnownWorld world)
    {
        var folded = text.Folded;
        var original = text.Original;
        var found = new List<Candidate>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!FoldedText.IsWordChar(folded[i]) || (i > 0 && FoldedText.IsWordChar(folded[i - 1])))
            {
                i++;
                continue;
            }

            // The capital is looked at first: most words have none, and spare the walk down the names.
            if (char.IsUpper(original[i]) && States.Value.LongestAt(folded, i, out var end) is { } state && !Covered(mentions, i, end))
            {
                // The entry's slug holds the state's French name (see Load).
                var name = state.Slug;
                if (!KnownToWorld(world, name))
                    found.Add(new Candidate("state", name, original[i..end], i, end));
                i = end;
                continue;
            }

            while (i < folded.Length && FoldedText.IsWordChar(folded[i]))
                i++;
        }

        return found;
    }

    // A world that holds « Tchad » but not its English « Chad » still knows the state: no candidate for it.
    private static bool KnownToWorld(KnownWorld world, string name)
    {
        var key = AliasIndex.Key(name);
        return world.Aliases.LongestAt(key, 0, out var end) is { Target: AliasTarget.Actor } && end == key.Length;
    }

    // « Guinée équatoriale » holds the known « Guinée »: a shorter known name inside the state's name does not
    // cover it, the state's longer name wins (and the reader drops the mention, see WithoutMentionsInside).
    private static bool Covered(IReadOnlyList<TextMention> mentions, int start, int end) =>
        mentions.Any(m => m.Start < end && start < m.End && !(start <= m.Start && m.End <= end && m.End - m.Start < end - start));

    /// <summary>The mentions without those that lie inside a state's longer name (« Guinée » in « Guinée équatoriale »).</summary>
    public static List<TextMention> WithoutMentionsInside(IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> states) =>
        [.. mentions.Where(m => !states.Any(s => s.Start <= m.Start && m.End <= s.End))];

    // Each line is one state: its French name first, then the other names it is printed under, split by « | ».
    // The French name stands as the slug: it is what the candidate is proposed under.
    private static AliasIndex Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MaliRussiaTracker.countries.txt")
            ?? throw new InvalidOperationException("The embedded list of the world's states is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var states = new List<WorldActor>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var names = line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            states.Add(new WorldActor(names[0], names[0], ActorKind.State, Aliases: names[1..]));
        }

        return AliasIndex.Build(states, []);
    }
}
