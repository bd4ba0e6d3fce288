using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Events;

/// <summary>A known event or agreement the article speaks of, with why the engine thinks so.</summary>
public sealed record LinkedEntry(string Key, string Evidence);

/// <summary>
/// Links an article to known events and agreements. An event needs a date of the article that falls on it
/// and two more signs (its keywords, its people and organisations, its place), one of which points at it
/// alone (a participant, or a keyword no other event has). An agreement needs two of its
/// keywords and a date of one of its milestones, or three keywords. States alone prove nothing: nearly
/// every article here names Mali and Russia.
/// </summary>
public static class EventLinker
{
    private const int EventEvidenceNeeded = 2;
    private const int AgreementKeywordsWithDate = 2;
    private const int AgreementKeywordsAlone = 3;

    /// <summary>The known events the article speaks of.</summary>
    public static List<LinkedEntry> LinkEvents(KnownWorld world, string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<PartialDate> dates)
    {
        var actors = mentions.Where(m => m.Target == AliasTarget.Actor).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var places = mentions.Where(m => m.Target == AliasTarget.Place).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var linked = new List<LinkedEntry>();
        foreach (var ev in world.Events)
        {
            if (!dates.Any(d => FallsOn(d, ev.Date)))
                continue;
            var people = ev.Participants.Where(p => actors.Contains(p) && world.KindOf(p) != ActorKind.State).ToList();
            // A keyword that is a participant's name (« Goïta ») is the same sign as the participant, not a second one.
            var keywords = ev.Keywords
                .Where(k => !people.Exists(p => world.IsNameOf(k, p)) && KeywordMatcher.Occurs(folded, k))
                .ToList();
            var atPlace = ev.Place is { } place && places.Contains(place);
            var signs = keywords.Count + people.Count + (atPlace ? 1 : 0);
            // « visite » at Bamako in the right month is any visit: one sign must point at this event alone.
            var specific = people.Count > 0 || keywords.Exists(world.IsKeywordOfOneEvent);
            if (signs >= EventEvidenceNeeded && specific)
            {
                var evidence = keywords.Select(k => $"« {k} »").Concat(people).Concat(atPlace ? ["at " + ev.Place] : []);
                linked.Add(new LinkedEntry(ev.Key, $"{ev.Date}: {string.Join(", ", evidence)}"));
            }
        }

        return linked;
    }

    /// <summary>The known agreements the article speaks of.</summary>
    public static List<LinkedEntry> LinkAgreements(KnownWorld world, string folded, IReadOnlyList<PartialDate> dates)
    {
        var linked = new List<LinkedEntry>();
        foreach (var agreement in world.Agreements)
        {
            var keywords = agreement.Keywords.Where(k => KeywordMatcher.Occurs(folded, k)).ToList();
            var milestone = agreement.Milestones.FirstOrDefault(m => dates.Any(d => FallsOn(d, m.Date)));
            // « l'accord de coopération militaro-technique » names the agreement: the noun in front of one of its
            // keywords is a sign of its own, worth a second keyword.
            var named = keywords.Count > 0 && NamesAnAgreement(folded, keywords);
            var signs = keywords.Count + (named ? 1 : 0);
            if ((milestone is not null && signs >= AgreementKeywordsWithDate) || signs >= AgreementKeywordsAlone)
            {
                var when = milestone is null ? "" : $"{milestone.Date} ({milestone.Description}); ";
                linked.Add(new LinkedEntry(agreement.Key, when + (named ? "named; " : "") + string.Join(", ", keywords.Select(k => $"« {k} »"))));
            }
        }

        return linked;
    }

    private static readonly string[] AgreementNouns = ["accord", "traite", "protocole", "convention"];

    // The keyword must follow the noun closely: « accord de coopération militaro-technique », not a keyword
    // three sentences after some « accord ».
    private const int NounToKeyword = 40;

    private static bool NamesAnAgreement(string folded, List<string> keywords)
    {
        foreach (var noun in AgreementNouns)
        {
            var at = folded.IndexOf(noun, StringComparison.Ordinal);
            while (at >= 0)
            {
                var isWord = at == 0 || !FoldedText.IsWordChar(folded[at - 1]);
                var end = Math.Min(folded.Length, at + noun.Length + NounToKeyword);
                if (isWord && keywords.Exists(k => KeywordMatcher.Occurs(folded, k, at + noun.Length, end)))
                    return true;
                at = folded.IndexOf(noun, at + noun.Length, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an article's date points at a known date: it overlaps it, and is no vaguer than a month
    /// unless the known date is itself a year (« en 2025 » does not point at 3 April 2025).
    /// </summary>
    public static bool FallsOn(PartialDate said, PartialDate known)
    {
        if (!said.Overlaps(known))
            return false;
        if (said.Precision == DatePrecision.Year && known.Precision != DatePrecision.Year)
            return false;
        return said.Latest.DayNumber - said.Earliest.DayNumber <= 62;
    }
}
