using System.Globalization;
using System.Text;

namespace MaliRussiaTracker.Benchmarks;

/// <summary>
/// Makes French news articles of 2 to 15 KB from varied sentence templates: dates of every shape, quotes,
/// titles, capitals, furniture at the end, so the benchmark exercises every part of the engine; and, as in a
/// real article, context sentences that name no one and date nothing (about a third).
/// </summary>
public static class ArticleGenerator
{
    private static readonly string[] People =
    [
        "Sergueï Lavrov", "Abdoulaye Diop", "le président malien, Assimi Goïta", "le ministre de la Défense et des Anciens combattants",
        "Bakary Yaou Sangaré", "le général Moussa Koné", "Vladimir Poutine", "le chef de la diplomatie nigérienne", "Ibrahim Traoré",
        "le ministre burkinabè de la Sécurité, Mahamadou Sana", "Alexandre Novak", "la porte-parole Maria Zakharova",
    ];

    private static readonly string[] Places = ["à Bamako", "à Moscou", "à Niamey", "à Ouagadougou", "au Kremlin", "à Saint-Pétersbourg", "au Sahel"];
    private static readonly string[] Verbs = ["a déclaré", "a affirmé", "a souligné", "a indiqué", "a expliqué", "a rappelé"];
    private static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] Days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    private static readonly Func<Random, string>[] Sentences =
    [
        r => $"{Cap(Pick(r, People))} {Pick(r, Verbs)} {Pick(r, Places)}, {Pick(r, Days)} {r.Next(1, 28)} {Pick(r, Months)} {r.Next(2019, 2026)}, que la coopération militaire avec la Russie allait s'intensifier.",
        r => $"« Nos forces travaillent ensemble pour la sécurité de la région et contre le terrorisme », {Pick(r, Verbs)} {Pick(r, People)}.",
        r => $"{Cap(Pick(r, People))} a salué une « coopération exemplaire et sincère entre nos deux pays » lors de la rencontre {Pick(r, Places)}.",
        r => $"En {Pick(r, Months)} dernier, Bamako et Moscou ont signé plusieurs accords portant sur la fourniture d'hélicoptères et de blindés.",
        r => $"Le salon de la défense s'est tenu du {r.Next(1, 10)} au {r.Next(11, 28)} {Pick(r, Months)} {r.Next(2020, 2026)} {Pick(r, Places)}, en présence d'une délégation russe.",
        r => $"Entre {r.Next(2015, 2020)} et {r.Next(2020, 2026)}, la présence du groupe Wagner puis de l'Africa Corps s'est renforcée au Mali.",
        r => $"Les 6 et 7 {Pick(r, Months)} {r.Next(2020, 2026)}, le ministre russe des Affaires étrangères a effectué une visite officielle {Pick(r, Places)}.",
        r => $"Ce {Pick(r, Days)}, les ministres de l'Alliance des États du Sahel (AES) se sont réunis pour évoquer la sortie de la CEDEAO.",
        r => $"Depuis {r.Next(2012, 2024)}, le Mali, le Burkina Faso et le Niger ont pris leurs distances avec la France et l'Union européenne.",
        r => "Selon des sources diplomatiques, les discussions ont porté sur la formation des forces armées maliennes et le renseignement.",
        r => $"Le Conseil national de Transition (CNT) a ratifié l'accord au mois de {Pick(r, Months)}, à l'unanimité des membres présents.",
        r => "La Russie entend, selon ses mots, « accompagner les États souverains africains dans leur quête de stabilité ».",
        r => $"Le ministre de l'Économie, Alousséni Sanou, a présenté un programme de développement agricole pour la saison {r.Next(2020, 2026)}.",
        r => "Les observateurs notent une montée en puissance des capacités aériennes, avec des drones et des systèmes de surveillance.",
        // Context sentences with no name and no date, as most of a real article is.
        r => "Cette orientation suscite toutefois des interrogations parmi les partenaires traditionnels du pays, qui redoutent un isolement diplomatique durable.",
        r => "Sur le terrain, la situation sécuritaire reste préoccupante dans plusieurs régions du centre et du nord, où les groupes armés multiplient les attaques contre les civils.",
        r => "Les autorités de transition affirment vouloir diversifier leurs partenariats afin de restaurer l'intégrité du territoire et de garantir la sécurité des populations.",
        r => "Plusieurs analystes estiment que ce rapprochement répond autant à des considérations politiques qu'à des besoins militaires immédiats.",
        r => "Les populations des zones rurales, elles, attendent surtout un retour de l'État, des écoles rouvertes et des routes sûres pour les marchés.",
        r => "Le coût de ces équipements, rarement rendu public, pèse sur un budget national déjà contraint par la baisse des recettes minières.",
        r => "Dans les capitales voisines, on observe cette évolution avec prudence, tout en maintenant le dialogue sur les questions frontalières.",
        r => "Les organisations de défense des droits humains appellent à davantage de transparence sur la conduite des opérations et sur le sort des détenus.",
    ];

    private static readonly string Furniture = """

        Lire aussi : Mopti : la session ordinaire du comité régional s'ouvre ce mardi

        Les travaux se sont tenus du lundi au mardi dernier dans la salle de conférence du gouvernorat..

        Les articles de l'auteur

        Perspectives sahéliennes : un cadre humanitaire coordonné

        Par Alassane Souleymane

        Publié mardi 19 août 2025 à 08:09

        L'espace des contributions est réservé aux abonnés.
        Abonnez-vous pour accéder à cet espace d'échange.
        """;

    /// <summary><paramref name="count"/> articles, the same for the same seed.</summary>
    public static List<byte[]> Generate(int count, int seed = 2025)
    {
        var random = new Random(seed);
        var articles = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var target = random.Next(2_000, 15_000);
            var text = new StringBuilder(target + 1024);
            text.Append(CultureInfo.InvariantCulture, $"Mali–Russie : un partenariat qui se renforce (dépêche {i})\n\n");
            if (random.Next(2) == 0)
                text.Append(CultureInfo.InvariantCulture, $"Publié {Pick(random, Days)} {random.Next(1, 28)} {Pick(random, Months)} 2025 à 07:31\n\n");
            var furniture = random.Next(3) == 0 ? Furniture : "";
            while (text.Length + furniture.Length < target)
            {
                for (var s = 0; s < random.Next(2, 6); s++)
                    text.Append(Sentences[random.Next(Sentences.Length)](random)).Append(' ');
                text.Append("\n\n");
            }

            text.Append(furniture);
            articles.Add(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return articles;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Cap(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
