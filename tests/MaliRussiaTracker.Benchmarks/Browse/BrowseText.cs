using System.Globalization;
using System.Text;
using MaliRussiaTracker.Benchmarks.Import;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>
/// French press prose for the browse benchmark: each story has its subject, its locality (a word no other
/// story uses) and its official, and each article tells it with the actors and places it mentions, a quote
/// and general context, about 2 KB in all, so the French search index holds what a real one would: common
/// words in most articles (« militaire »), subject words in a few percent, locality names in a handful.
/// </summary>
internal static class BrowseText
{
    private static readonly string[] Context =
    [
        "Sur le terrain, la situation sécuritaire demeure fragile dans les régions du centre, où les attaques contre les postes militaires se sont multipliées ces derniers mois.",
        "Les autorités de la Transition présentent ce choix comme l'expression d'une souveraineté retrouvée, loin des anciens partenaires européens.",
        "Plusieurs diplomates en poste à Bamako jugent ce rapprochement plus politique que militaire, au moins à court terme.",
        "Le coût des équipements n'a pas été rendu public, alors que le budget de l'État reste contraint par la baisse des recettes.",
        "Dans les villages, les habitants attendent surtout le retour des services publics, des écoles et des centres de santé.",
        "Les organisations de défense des droits humains réclament des enquêtes indépendantes sur les opérations menées dans le Nord.",
        "Le gouvernement assure que la coopération militaire s'accompagnera d'investissements dans l'énergie, les mines et l'agriculture.",
        "Les observateurs notent que les forces armées disposent désormais de moyens aériens renouvelés, drones et hélicoptères compris.",
        "À Niamey comme à Ouagadougou, les gouvernements voisins suivent une trajectoire comparable et coordonnent leurs annonces.",
        "La presse d'État a longuement relayé la cérémonie, tandis que les médias indépendants restent prudents faute d'informations vérifiables.",
        "Les partenaires occidentaux, eux, dénoncent l'opacité des contrats et la présence de paramilitaires étrangers.",
        "Selon un expert en sécurité, la formation des soldats et la maintenance du matériel décideront de l'efficacité de ce partenariat.",
        "La question des déplacés internes, plusieurs centaines de milliers de personnes, reste au cœur des préoccupations humanitaires.",
        "Les syndicats d'enseignants ont rappelé que des centaines d'écoles restent fermées pour des raisons de sécurité.",
    ];

    private static readonly string[] Openings = ["Selon nos informations,", "D'après une source proche du dossier,", "Officiellement,", "Ce jour-là,", "À Bamako,"];

    /// <summary>The article's text; <paramref name="actors"/> and <paramref name="places"/> are named in it, and <paramref name="quote"/> quoted from <paramref name="speaker"/>.</summary>
    public static string Article(Random random, StoryLine story, DateOnly day, IReadOnlyList<string> actors, IReadOnlyList<string> places, string quote, string speaker)
    {
        var text = new StringBuilder(2600);
        var (verb, reworded) = StoryLexicon.Verbs[random.Next(StoryLexicon.Verbs.Length)];
        text.Append(CultureInfo.InvariantCulture,
            $"{Capital(story.Official)} {(random.Next(2) == 0 ? verb : reworded)} {story.Subject} {Pick(random, StoryLexicon.Circumstances)}, " +
            $"le {StoryLexicon.Weekdays[(int)day.DayOfWeek]} {day.Day} {StoryLexicon.Months[day.Month - 1]} {day.Year}, à {story.Locality}. ");
        for (var i = 0; i < actors.Count; i++)
        {
            var place = places[i % places.Count];
            text.Append(random.Next(3) switch
            {
                0 => $"{Pick(random, Openings)} {actors[i]} s'est rendu à {place} pour évoquer {story.Subject}. ",
                1 => $"{Capital(actors[i])} a reçu à {place} une délégation venue discuter de la coopération militaire et de la sécurité. ",
                _ => $"La présence de {actors[i]} à {place} a été remarquée lors des échanges sur {story.Subject}. ",
            });
            if (random.Next(2) == 0)
                text.Append(Pick(random, Context)).Append(' ');
        }

        text.Append(CultureInfo.InvariantCulture, $"« {quote} », a déclaré {speaker}, {Pick(random, StoryLexicon.Circumstances)}. ");
        var organisation = StoryLexicon.Organisations[random.Next(StoryLexicon.Organisations.Length)].Phrase;
        text.Append(CultureInfo.InvariantCulture, $"Le rôle de {organisation} dans ce dossier a également été abordé. ");
        while (text.Length < 1800 + random.Next(800))
            text.Append(Pick(random, Context)).Append(' ');
        return text.ToString();
    }

    public static string Title(Random random, StoryLine story) => random.Next(3) switch
    {
        0 => $"Mali–Russie : {story.Subject}",
        1 => $"{Capital(story.Subject)} : {story.Official} s'explique",
        _ => $"À {story.Locality}, {story.Subject}",
    };

    public static string Locality(Random random)
    {
        var name = new StringBuilder();
        for (var i = random.Next(2, 4); i > 0; i--)
            name.Append(Pick(random, StoryLexicon.Syllables));
        name.Append(Pick(random, StoryLexicon.LocalitySuffixes));
        return Capital(name.ToString());
    }

    public static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    public static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>What the articles of one story share.</summary>
internal sealed record StoryLine(string Subject, string Locality, string Official, DateOnly Day);
