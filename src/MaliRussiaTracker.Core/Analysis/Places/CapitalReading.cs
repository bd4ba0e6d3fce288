using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Places;

/// <summary>
/// A capital names a place only where something happens there (« à Moscou », « livrés à Bamako »); elsewhere
/// (« Bamako et Moscou consolident… », « pour Moscou », « À Paris, on s'inquiète », « mise sur Moscou ») it stands for
/// its government, the state actor. A dateline (« Bamako, 12 mars 2025 (AMAP) – ») is a place too.
/// </summary>
public static class CapitalReading
{
    private static readonly string[] PlaceWords =
    [
        "a", "au", "en", "dans", "vers", "sur", "jusqu'a", "pres de", "ville de", "capitale", "region de",
        "aeroport de", "depuis", "in", "to", "at", "from", "quitte", "quitter", "rallie", "rallier", "rejoint", "rejoindre",
        "regagne", "regagner", "en provenance de", "au depart de", "a destination de", "environs de",
    ];

    /// <summary>The mention as the text means it: the place, or the state it is the capital of.</summary>
    public static TextMention Read(TextMention mention, FoldedText text, KnownWorld world)
    {
        if (mention.Target != AliasTarget.Place
            || !world.Places.TryGetValue(mention.Slug, out var place)
            || place.Government is not { } government
            || (IsPlaceUse(text.Folded, mention.Start) && !SpeaksForItsGovernment(text.Folded, mention))
            || IsDateline(text.Folded, mention))
            return mention;
        return mention with { Slug = government, Target = AliasTarget.Actor, ActorKind = ActorKind.State };
    }

    // « Bamako, 12 mars 2025 (AMAP) – » and « NIAMEY (Reuters) - »: a line that opens on the city the report comes from.
    private static bool IsDateline(string folded, TextMention mention)
    {
        var lineStart = folded.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        if (mention.Start > 0 && !folded.AsSpan(lineStart, mention.Start - lineStart).IsWhiteSpace())
            return false;
        var next = folded.AsSpan(mention.End).TrimStart(' ');
        return next.Length > 0 && next[0] is ',' or '(' or '-' or '–';
    }

    // Stem of the verb before « sur » that makes the capital a partner relied on: « mise sur Moscou », « compter sur
    // Bamako », « s'appuyer sur Moscou ».
    private static readonly string[] RelyingVerbs = ["mis", "compt", "appui", "appuy", "repos"];

    // « À Paris, on s'inquiète » is the French government speaking, not something happening in the city; « qui mise
    // sur Moscou » relies on the Russian government.
    private static bool SpeaksForItsGovernment(string folded, TextMention mention)
    {
        var after = folded.AsSpan(mention.End).TrimStart(' ');
        if (after.StartsWith(", on ", StringComparison.Ordinal) || after.StartsWith(",on ", StringComparison.Ordinal))
            return true;
        var before = folded.AsSpan(0, mention.Start).TrimEnd();
        if (!before.EndsWith(" sur", StringComparison.Ordinal))
            return false;
        before = before[..^4].TrimEnd();
        // The verb, or the word before an adverb (« mise désormais sur Moscou »).
        for (var word = 0; word < 2 && before.Length > 0; word++)
        {
            var start = before.LastIndexOfAny(' ', '\'', '\n') + 1;
            foreach (var stem in RelyingVerbs)
            {
                if (before[start..].StartsWith(stem, StringComparison.Ordinal))
                    return true;
            }

            before = before[..start].TrimEnd([' ', '\'']);
        }

        return false;
    }

    private static bool IsPlaceUse(string folded, int start)
    {
        var before = folded.AsSpan(0, start).TrimEnd();
        foreach (var word in PlaceWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal)
                && (before.Length == word.Length || !FoldedText.IsWordChar(before[before.Length - word.Length - 1])))
                return true;
        }

        return false;
    }
}
