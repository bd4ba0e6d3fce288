using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Places;

/// <summary>
/// A capital names a place only where something happens there (« à Moscou », « livrés à Bamako »); elsewhere
/// (« Bamako et Moscou consolident… », « pour Moscou ») it stands for its government, the state actor. A dateline
/// (« Bamako, 12 mars 2025 (AMAP) – ») is a place too.
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
            || IsPlaceUse(text.Folded, mention.Start)
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
