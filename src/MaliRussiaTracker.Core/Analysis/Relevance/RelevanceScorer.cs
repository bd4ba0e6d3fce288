using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Relevance;

/// <summary>How much an article is about Sahel–Russia military and diplomatic cooperation.</summary>
/// <param name="Score">0 to 1.</param>
/// <param name="IsRelevant">The yes or no an editor may overrule.</param>
public sealed record RelevanceVerdict(double Score, bool IsRelevant);

/// <summary>
/// Scores the topic from three signals that must all be present: the Sahel side (Mali, Burkina Faso, Niger,
/// their alliance), the Russian side, and the vocabulary of defence and diplomacy. The sides are read from
/// the text's words, so the verdict does not depend on how far the gazetteer has grown.
/// </summary>
public static class RelevanceScorer
{
    private const double Threshold = 0.5;

    private static readonly string[] SahelWords =
    [
        "mali", "malien", "malienne", "maliens", "maliennes", "bamako", "sahel", "sahelien", "sahelienne", "saheliens",
        "burkina", "burkinabe", "ouagadougou", "niger", "nigerien", "nigerienne", "niamey", "aes", "koulouba",
        "malian", "malians", "sahelian", "nigeriens", "nigeriennes", "burkinabes",
    ];

    private static readonly string[] RussiaWords =
    [
        "russie", "russe", "russes", "moscou", "kremlin", "wagner", "poutine", "sovietique", "urss",
        "russia", "russian", "russians", "moscow", "putin",
    ];

    private static readonly string[] TopicStems =
    [
        "milit", "defense", "armee", "arme", "securit", "cooperat", "diploma", "accord", "partenari", "instructeur",
        "soldat", "terror", "jihad", "djihad", "ministre", "visite", "sommet", "ambassad", "mercenaire", "drone",
        "blinde", "helicoptere", "alliance", "strateg", "military", "defence", "security", "troops", "minister",
    ];

    /// <summary>The verdict for folded <paramref name="folded"/> content and the mentions found in it.</summary>
    public static RelevanceVerdict Score(string folded)
    {
        int sahel = 0, russia = 0, topic = 0, words = 0;
        foreach (var (start, length) in LetterRuns.Of(folded))
        {
            words++;
            var word = folded.AsSpan(start, length);
            if (Sahel.Contains(word))
                sahel++;
            else if (Russia.Contains(word))
                russia++;
            else if (HasTopicStem(word))
                topic++;
        }

        if (words == 0)
            return new RelevanceVerdict(0, false);
        var perThousand = 1000.0 / words;
        var score = Saturate(sahel * perThousand, 4) * Saturate(russia * perThousand, 4) * Saturate(topic * perThousand, 12);
        score = Math.Round(Math.Cbrt(score), 3);
        return new RelevanceVerdict(score, score >= Threshold && sahel >= 2 && russia >= 2);
    }

    private static double Saturate(double value, double full) => Math.Min(1.0, value / full);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Sahel = new HashSet<string>(SahelWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Russia = new HashSet<string>(RussiaWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Topic = new HashSet<string>(TopicStems, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int ShortestStem = TopicStems.Min(s => s.Length);
    private static readonly int LongestStem = TopicStems.Max(s => s.Length);

    private static bool HasTopicStem(ReadOnlySpan<char> word)
    {
        for (var length = ShortestStem; length <= Math.Min(LongestStem, word.Length); length++)
        {
            if (Topic.Contains(word[..length]))
                return true;
        }

        return false;
    }
}
