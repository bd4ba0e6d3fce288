using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Events;

/// <summary>Proposes events the gazetteer does not know, for an editor to confirm.</summary>
public static class EventCandidates
{
    // The words that make a sentence name an event, folded as the text is matched, with the word a candidate's
    // title starts with.
    private static readonly (string Folded, string Title)[] EventNouns =
    [
        ("visite", "Visite"), ("rencontre", "Rencontre"), ("reunion", "Réunion"), ("sommet", "Sommet"), ("signature", "Signature"),
        ("ratifi", "Ratification"), ("salon", "Salon"), ("conference", "Conférence"), ("forum", "Forum"), ("exercice", "Exercice"),
        ("livraison", "Livraison"), ("accord", "Accord"), ("entretien", "Entretien"), ("audience", "Audience"), ("attaque", "Attaque"),
        ("deploiement", "Déploiement"), ("ceremonie", "Cérémonie"),
    ];

    private const int MostParticipantsInTitle = 3;

    /// <summary>
    /// Dated sentences that name an event (« visite », « sommet »…) and an actor, on a date no linked event
    /// covers.
    /// </summary>
    public static IEnumerable<Candidate> Find(KnownWorld world, ArticleReading reading, IReadOnlyList<DatedFinding> facts, IReadOnlyList<LinkedEntry> events)
    {
        var sentences = reading.Sentences;
        var knownDates = world.Events.Where(e => events.Any(linked => linked.Key == e.Key)).Select(e => e.Date).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var namesEvent = new Dictionary<int, string?>();
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
            if (!namesEvent.TryGetValue(start, out var noun))
            {
                namesEvent[start] = noun = EventNouns.FirstOrDefault(n => KeywordMatcher.Occurs(reading.FoldedContent, n.Folded, start, end)).Title;
            }

            if (noun is null)
                continue;
            var title = Title(world, reading, noun, start, end);
            if (seen.Add(fact.Date + title))
                yield return new Candidate("event", title, fact.Text, start, end, fact.Date.ToString());
        }
    }

    /// <summary>
    /// « Visite : Assimi Goïta, Vladimir Poutine (Moscou) »: what the sentence names, who takes part and where, by the
    /// gazetteer's names; the date stands beside the title wherever it is shown. A sentence cut at a length made titles
    /// no one could read, and one per article where several tell the same event.
    /// </summary>
    private static string Title(KnownWorld world, ArticleReading reading, string noun, int start, int end)
    {
        var inside = reading.Mentions.Where(m => m.Start >= start && m.Start < end).OrderBy(m => m.Start).ToList();
        var participants = inside.Where(m => m.Target == AliasTarget.Actor && world.Actors.ContainsKey(m.Slug))
            .Select(m => world.Actors[m.Slug].Name).Distinct(StringComparer.Ordinal).Take(MostParticipantsInTitle).ToList();
        var place = inside.Where(m => m.Target == AliasTarget.Place && world.Places.ContainsKey(m.Slug)).Select(m => world.Places[m.Slug].Name).FirstOrDefault();
        var title = participants.Count > 0 ? $"{noun} : {string.Join(", ", participants)}" : noun;
        return place is null ? title : $"{title} ({place})";
    }
}
