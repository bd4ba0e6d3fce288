namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// The words generated stories are made of. Each story draws a few items from every pool and keeps them, so
/// two tellings of one story share nearly all their content words while two different stories share few:
/// that is what lets the story clustering tell them apart, as it must with real press.
/// </summary>
internal static class StoryLexicon
{
    /// <summary>What the story is about: the subject of most of its sentences.</summary>
    public static readonly string[] Subjects =
    [
        "la livraison de deux hélicoptères de transport Mi-171", "un contrat de fourniture de blé et d'engrais", "la construction d'une centrale solaire près de la capitale",
        "un accord sur l'exploitation d'une mine d'or", "la formation de pilotes et de mécaniciens maliens", "un programme de bourses universitaires en Russie",
        "l'ouverture d'une raffinerie d'or à Sénou", "le déploiement d'instructeurs russes dans le centre du pays", "la fourniture de radars de surveillance aérienne",
        "un projet de centrale nucléaire de petite puissance", "la remise de véhicules blindés aux forces armées", "un accord de coopération dans le domaine spatial",
        "la diffusion de programmes de télévision russes en langues nationales", "la réhabilitation de la voie ferrée Dakar-Bamako", "un don de doses de vaccins et de médicaments",
        "l'ouverture d'un centre culturel russe", "la prospection de lithium dans la région de Bougouni", "un contrat de livraison de carburant et de produits pétroliers",
        "la modernisation du réseau de télécommunications militaires", "la création d'une école de formation des gendarmes", "un accord sur la sécurité de l'information",
        "l'achat de drones de reconnaissance", "la réduction de la dette malienne envers Moscou", "la construction d'un hôpital de campagne à Kati",
        "un programme de déminage des routes du Nord", "la vente d'avions d'entraînement Yak-130", "la création d'une banque de développement commune",
        "l'envoi de conseillers en matière électorale", "un partenariat entre les agences de presse des deux pays", "la fourniture de tracteurs et de moissonneuses",
        "le renforcement de la garde présidentielle", "l'installation d'une station de réception satellitaire", "un accord sur l'énergie hydroélectrique au barrage de Taoussa",
        "la livraison de fusils d'assaut et de munitions", "la formation de journalistes maliens à Moscou", "un contrat de cartographie géologique du sous-sol",
        "la sécurisation des sites miniers de l'Ouest", "la coopération entre les académies militaires", "la construction de logements sociaux pour les militaires",
        "un accord sur l'enseignement de la langue russe", "la fourniture de systèmes de défense antiaérienne", "le rapatriement des corps de combattants tombés au front",
        "un projet d'usine de transformation du coton", "la réparation des hélicoptères cloués au sol", "l'organisation d'exercices conjoints dans le désert",
        "un prêt pour l'achat de céréales", "le transfert de compétences dans l'aviation civile", "la formation de cyberdéfenseurs maliens",
        "la construction d'une route entre Gao et la frontière nigérienne", "la distribution de vivres aux déplacés", "la surveillance des frontières par satellite",
        "un accord de libre circulation des experts", "l'audit des contrats miniers signés avec des sociétés occidentales", "un programme de lutte contre le paludisme",
        "la création d'une ligne aérienne directe vers Moscou", "la fourniture d'uniformes et d'équipements de protection", "la relance de la production d'uranium",
        "la mise en place d'un centre de renseignement régional", "un accord de coopération entre les parquets", "la protection des convois sur l'axe Sévaré-Gao",
    ];

    /// <summary>Verbs with a synonym, so a reworded telling says the same with other words.</summary>
    public static readonly (string Plain, string Reworded)[] Verbs =
    [
        ("a annoncé", "a fait savoir"), ("a présenté", "a exposé"), ("a défendu", "a justifié"), ("a confirmé", "a entériné"),
        ("a évoqué", "a abordé"), ("a salué", "a félicité"), ("a critiqué", "a dénoncé"), ("a détaillé", "a précisé"),
        ("a validé", "a approuvé"), ("a relancé", "a remis sur la table"), ("a négocié", "a discuté"), ("a inauguré", "a ouvert officiellement"),
        ("a promis", "s'est engagé sur"), ("a examiné", "a étudié"), ("a finalisé", "a conclu"), ("a chiffré", "a estimé le coût de"),
        ("a reporté", "a différé"), ("a accéléré", "a hâté"), ("a encadré", "a supervisé"), ("a réclamé", "a exigé"),
    ];

    /// <summary>Circumstances that end a sentence.</summary>
    public static readonly string[] Circumstances =
    [
        "à l'issue d'une réunion à huis clos", "dans le cadre du partenariat stratégique entre les deux pays", "devant les députés de la Transition",
        "lors d'une conférence de presse tenue au ministère", "en marge d'un forum économique", "au terme de trois jours de négociations",
        "malgré les réserves de plusieurs partenaires occidentaux", "sous l'œil des caméras de la télévision nationale", "en présence d'une délégation venue de Moscou",
        "au cours d'une cérémonie officielle", "selon un communiqué lu à la radio publique", "dans un entretien accordé à la presse locale",
        "lors d'une visite de terrain", "après plusieurs mois de discussions techniques", "à la surprise des observateurs",
        "au moment où la situation sécuritaire se dégrade", "dans un contexte de crise énergétique", "à l'occasion de la fête de l'armée",
        "au lendemain d'une attaque meurtrière", "à quelques semaines de la saison des pluies", "sans en préciser le calendrier",
        "en réponse aux critiques de la société civile", "lors d'un sommet régional", "à la veille d'une visite officielle",
    ];

    /// <summary>What someone is quoted as saying.</summary>
    public static readonly string[] Quotes =
    [
        "Nous avons choisi nos partenaires en toute souveraineté", "Ce projet changera la vie de milliers de familles", "Les délais seront tenus, nous y veillerons",
        "La Russie ne nous a jamais imposé ses conditions", "Il faut juger sur pièce, pas sur les promesses", "Notre armée n'a jamais été aussi bien équipée",
        "Les populations du Nord attendent des résultats concrets", "Aucun accord ne se fera au détriment de nos intérêts", "C'est une étape historique pour notre pays",
        "Nous restons ouverts à tous ceux qui respectent notre choix", "Le coût réel de ce contrat reste inconnu", "Les premiers résultats sont encourageants",
        "Nos ingénieurs seront formés pour prendre la relève", "La transparence sera totale sur ce dossier", "Nous ne céderons rien sur la question de la sécurité",
        "Ce partenariat s'inscrit dans la durée", "Les sanctions ne nous font pas peur", "Nous avons besoin de résultats avant la saison sèche",
    ];

    /// <summary>Organisations, as a sentence names them (articles and all), by their slug in the starting world.</summary>
    public static readonly (string Slug, string Phrase)[] Organisations =
    [
        ("wagner", "le groupe Wagner"), ("africa-corps", "l'Africa Corps"), ("cedeao", "la CEDEAO"), ("minusma", "la MINUSMA"),
        ("aes", "l'Alliance des États du Sahel"), ("cnt", "le Conseil national de Transition"), ("fama", "les Forces armées maliennes"),
        ("ua", "l'Union africaine"), ("barkhane", "l'opération Barkhane"), ("eu", "l'Union européenne"), ("otan", "l'OTAN"), ("eigs", "l'État islamique au Sahel"), ("jnim", "le JNIM"), ("onu", "l'ONU"),
    ];

    /// <summary>Syllables for names of localities no gazetteer knows: words that only one story uses.</summary>
    public static readonly string[] Syllables = ["ba", "ko", "sé", "dio", "ké", "ni", "ma", "sa", "dou", "gou", "fa", "tou", "bou", "ka", "lé", "mo", "na", "si", "té", "ya", "di", "kou"];

    public static readonly string[] LocalitySuffixes = ["ra", "bougou", "dougou", "ba", "la", "ni", "koro", "lé"];

    // No surname of a known actor (Traoré, Sangaré): an official of the story must not pass for a head of state.
    public static readonly string[] FirstNames = ["Mamadou", "Oumar", "Fatoumata", "Aminata", "Boubacar", "Seydou", "Mariam", "Ibrahima", "Adama", "Kadiatou", "Moussa", "Souleymane", "Awa", "Bakary", "Hawa"];

    public static readonly string[] LastNames = ["Diarra", "Dicko", "Coulibaly", "Keïta", "Sidibé", "Dembélé", "Sissoko", "Konaté", "Touré", "Cissé", "Samaké", "Doumbia", "Kanté", "Maïga", "Bagayoko"];

    public static readonly string[] Ranks = ["le colonel", "le commandant", "l'ingénieur", "le directeur régional", "la préfète", "le maire", "le professeur"];

    public static readonly string[] Months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static readonly string[] Weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    /// <summary>French-language outlets and their hosts.</summary>
    public static readonly (string Name, string Host)[] Outlets =
    [
        ("Maliweb", "www.maliweb.net"), ("Jeune Afrique", "www.jeuneafrique.com"), ("RFI", "www.rfi.fr"), ("Le Monde Afrique", "www.lemonde.fr"),
        ("Studio Tamani", "www.studiotamani.org"), ("L'Essor", "www.essor.ml"), ("Sputnik Afrique", "fr.sputniknews.africa"), ("Mali Actu", "maliactu.net"),
        ("APA News", "apanews.net"), ("Le Point Afrique", "www.lepoint.fr"), ("TV5Monde", "information.tv5monde.com"), ("aBamako", "news.abamako.com"),
    ];

    public static readonly string[] Sections = ["politique", "securite", "economie", "international", "afrique", "actualite"];
}
