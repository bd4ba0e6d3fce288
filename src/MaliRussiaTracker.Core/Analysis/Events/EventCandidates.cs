using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Events;

/// <summary>Proposes events the gazetteer does not know, for an editor to confirm.</summary>
public static class EventCandidates
{
    private static readonly string[] EventNouns =
    [
        "visite", "rencontre", "reunion", "sommet", "signature", "ratifi", "salon", "conference", "forum", "exercice",
        "livraison", "accord", "entretien", "audience", "attaque", "deploiement", "ceremonie",
    ];

    /// <summary>
    /// Dated sentences that name an event (« visite », « sommet »…) and an actor, on a date no linked event
    /// covers.
    /// </summary>
    public static IEnumerable<Candidate> Find(KnownWorld world, ArticleReading reading, IReadOnlyList<DatedFinding> facts, IReadOnlyList<LinkedEntry> events)
    {
        var sentences = reading.Sentences;
        var knownDates = world.Events.Where(e => events.Any(linked => linked.Key == e.Key)).Select(e => e.Date).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var namesEvent = new Dictionary<int, bool>();
        foreach (var fact in facts)
        {
            if (fact.Date.Precision == DatePrecision.Year || fact.Date.IsRange && fact.Date.Start.Precision == DatePrecision.Year)
                continue;
            if (knownDates.Exists(d => EventLinker.FallsOn(fact.Date, d)))
                continue;
            var start = sentences.StartOf(fact.Start);
            var end = sentences.EndOf(fact.Start, reading.Content.Length);
            if (!reading.Mentions.Any(m => m.Start >= start && m.Start < end))
                continue;
            if (!namesEvent.TryGetValue(start, out var named))
            {
                namesEvent[start] = named = EventNouns.Any(n => KeywordMatcher.Occurs(reading.FoldedContent, n, start, end));
            }

            if (!named)
                continue;
            var text = reading.Content[start..end].Trim();
            if (seen.Add(fact.Date + text))
                yield return new Candidate("event", text.Length > 120 ? text[..120] + "…" : text, fact.Text, start, end, fact.Date.ToString());
        }
    }
}
