using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Stories;

namespace MaliRussiaTracker.Core.Tests.Analysis.Stories;

public class StoryFingerprintTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestWorld.Build());

    private const string Visit = """
        Conakry, 3 septembre 2024. L'ambassadrice de Russie en Guinée, Irina Volkova, a visité le camp militaire
        Alpha Yaya avec le ministre guinéen de la Défense, Amadou Koné. Les deux responsables ont évoqué la formation
        des officiers guinéens par des instructeurs russes et la livraison de véhicules blindés. « Notre coopération
        militaire avance vite », a déclaré Amadou Koné, qui a remercié Moscou pour son soutien.
        """;

    private const string VisitReworded = """
        La diplomate russe Irina Volkova s'est rendue au camp Alpha Yaya, où le ministre Amadou Koné l'a accueillie.
        Au menu des échanges : l'instruction d'officiers guinéens par des formateurs venus de Russie et l'arrivée de
        blindés. Le ministre de la Défense a salué une coopération militaire qui progresse rapidement et remercié Moscou.
        """;

    private const string Harvest = """
        Conakry, 20 novembre 2024. Le président guinéen Boubacar Sylla a lancé la campagne agricole dans la région
        de Kaloum. Les paysans attendent des semences, des engrais et des tracteurs pour la saison des pluies, et la
        Garde présidentielle a sécurisé la cérémonie devant une foule nombreuse.
        """;

    private static StoryFingerprint Fingerprint(string text) => Analyzer.Read("a.txt", text).Fingerprint!;

    private const string Landing = """
        Conakry, 3 septembre 2024. Un avion de transport russe a atterri à Conakry avec des instructeurs militaires et du
        matériel de défense aérienne, a annoncé la télévision publique. Les instructeurs formeront les artilleurs guinéens
        à l'emploi du matériel livré, selon le communiqué lu au journal du soir.
        """;

    private const string LandingUndatedInEnglish = """
        A Russian transport plane landed at Conakry airport on September 3, carrying military instructors and air defence
        equipment, state television said. The trainers are expected to stay several months, a security source added.
        """;

    private const string SchoolUndated = """
        Le 3 septembre, des enseignants ont manifesté dans le quartier de Kaloum pour réclamer le paiement de leurs
        primes. Le syndicat menace de boycotter la rentrée si rien ne change d'ici la fin du mois, selon ses délégués.
        """;

    [Fact]
    public void An_undated_report_that_gives_the_day_of_a_dated_one_with_the_same_place_and_happening_is_its_story()
    {
        var similarity = Fingerprint(Landing).Similarity(Fingerprint(LandingUndatedInEnglish));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_whose_range_of_days_opens_on_a_dated_one_s_day_is_its_story()
    {
        var wholeStay = """
            Du 3 au 5 septembre, des instructeurs militaires russes ont séjourné à Conakry, où un avion de transport les
            avait amenés avec du matériel de défense aérienne. Ils ont formé les artilleurs guinéens à son emploi.
            """;

        var similarity = Fingerprint(Landing).Similarity(Fingerprint(wholeStay));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_that_gives_the_day_before_a_dated_one_s_date_is_its_story()
    {
        // The dated report is of 3 September; the undated one tells the landing on the evening before.
        var eveningBefore = """
            Le 2 septembre au soir, un avion de transport russe a atterri à Conakry avec des instructeurs militaires et du
            matériel de défense aérienne, destinés à la formation des artilleurs guinéens.
            """;

        var similarity = Fingerprint(Landing).Similarity(Fingerprint(eveningBefore));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_whose_years_rule_out_a_dated_one_s_year_is_another_story()
    {
        // Same day of the month, same place and happening, but the text tells 2025 as past: its news is not of 2024.
        var aLaterLanding = """
            Le 3 septembre, un avion de transport russe a atterri à Conakry avec des instructeurs militaires et du
            matériel de défense aérienne. Ce second lot complète le premier, livré en 2025 par Moscou.
            """;

        var similarity = Fingerprint(Landing).Similarity(Fingerprint(aLaterLanding));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_that_recalls_years_long_past_is_still_the_story_of_the_day_it_gives()
    {
        // An undated report prints only its background's years: its news may come years after them.
        var landingWithBackground = """
            Le 3 septembre, un avion de transport russe a atterri à Conakry avec des instructeurs militaires et du
            matériel de défense aérienne. Moscou forme des artilleurs guinéens depuis 2019, et un premier contrat remonte à 2011.
            """;

        var similarity = Fingerprint(Landing).Similarity(Fingerprint(landingWithBackground));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    // 3 September 2024 was a Tuesday: the same two people on the dated report's weekday are its story, on another day not.
    [Theory]
    [InlineData("Mardi", true)]
    [InlineData("Jeudi", false)]
    public void An_undated_report_of_the_same_two_people_is_a_dated_one_s_story_only_if_it_names_its_weekday(string weekday, bool sameStory)
    {
        var undated = weekday + """
            , l'ambassadrice Irina Volkova s'est rendue dans une caserne avec le ministre Amadou Koné. Ils ont parlé
            d'instruction des officiers par des Russes et de blindés, et le ministre a remercié Moscou.
            """;

        var similarity = Fingerprint(Visit).Similarity(Fingerprint(undated));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold == sameStory, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_that_names_the_weekday_of_a_dated_one_but_only_one_of_its_people_is_another_story()
    {
        // One day in seven is a Tuesday: a weekday and one person in common do not place a report in a story.
        var schoolOnTuesday = """
            Mardi, l'ambassadrice Irina Volkova a inauguré une salle de classe à Conakry, où des élèves apprendront le
            russe. Elle a remis des livres et des ordinateurs au directeur de l'école, venu avec les parents d'élèves.
            """;

        var similarity = Fingerprint(Visit).Similarity(Fingerprint(schoolOnTuesday));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void A_quantity_is_keyed_the_same_however_each_language_groups_its_thousands()
    {
        Assert.Contains("=n18500", Fingerprint("Un cargo a livré 18 500 tonnes d'engrais à Conakry.").Actors);
        Assert.Contains("=n18500", Fingerprint("Un cargo a livré 18.500 tonnes d'engrais à Conakry.").Actors);
        Assert.Contains("=n18500", Fingerprint("A freighter delivered 18,500 tonnes of fertiliser to Conakry.").Actors);
    }

    [Fact]
    public void Days_years_times_decimals_and_small_numbers_are_not_quantities()
    {
        var fingerprint = Fingerprint("""
            Le 12 mars 2024 à 14h30, le navire a accosté à Conakry avec 2,75 millions de dollars de matériel et 7 camions,
            commandés en 2023 et livrés à 16:45 au 3e quai.
            """);

        Assert.DoesNotContain(fingerprint.Actors, key => key.StartsWith("=n", StringComparison.Ordinal));
    }

    private const string FertiliserUndated = """
        Un cargo russe a livré 18 500 tonnes d'engrais au port de Conakry, a indiqué l'ambassadrice Irina Volkova. Les
        sociétés Uralkali et Phosagro ont financé l'envoi, destiné aux paysans de Kaloum.
        """;

    [Fact]
    public void Undated_reports_that_give_the_same_quantity_and_two_rare_names_are_one_story()
    {
        var inEnglish = """
            Russia delivered 18,500 tonnes of fertiliser to the port of Conakry, funded by the companies Uralkali and Phosagro,
            ambassador Irina Volkova said. Farmers in Kaloum will be the first to receive it.
            """;

        var similarity = Fingerprint(FertiliserUndated).Similarity(Fingerprint(inEnglish));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Undated_reports_of_the_same_quantity_sent_elsewhere_by_one_company_are_different_stories()
    {
        // One programme of gifts, the same tonnage to each country: a figure and one company do not make one story.
        var elsewhere = """
            Russia delivered 18,500 tonnes of fertiliser to the port of Malabo, funded by the company Uralkali, the embassy
            said. Cocoa growers on Bioko island will be the first to receive it.
            """;

        var similarity = Fingerprint(FertiliserUndated).Similarity(Fingerprint(elsewhere));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_of_another_call_between_the_same_two_leaders_is_another_story()
    {
        var dated = """
            Conakry, 3 septembre 2024. Le président Boubacar Sylla s'est entretenu au téléphone avec Irina Volkova. Les
            deux responsables ont évoqué la coopération bilatérale, la formation des officiers et la livraison de blindés,
            selon un communiqué de la présidence, qui salue des relations bilatérales excellentes.
            """;
        var anotherCall = """
            Le président Boubacar Sylla s'est de nouveau entretenu au téléphone avec Irina Volkova. Il a surtout été
            question du scrutin prévu l'an prochain, de l'approvisionnement des paysans en engrais et du prix du riz,
            selon un communiqué de la présidence.
            """;

        var similarity = Fingerprint(dated).Similarity(Fingerprint(anotherCall));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_undated_report_of_another_matter_on_the_same_day_is_another_story()
    {
        var similarity = Fingerprint(Landing).Similarity(Fingerprint(SchoolUndated));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_dated_reports_that_share_only_a_place_and_a_kind_of_happening_are_different_stories()
    {
        var harvestAtConakry = """
            Conakry, 3 septembre 2024. Un avion cargo a atterri à Conakry avec des semences et des engrais pour la campagne
            agricole, a annoncé le ministère de l'Agriculture. Les paysans de la région attendent aussi des tracteurs.
            """;

        var similarity = Fingerprint(Landing).Similarity(Fingerprint(harvestAtConakry));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Two_articles_telling_one_story_in_other_words_are_the_same_story()
    {
        var similarity = Fingerprint(Visit).Similarity(Fingerprint(VisitReworded));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Articles_about_different_things_are_different_stories()
    {
        var similarity = Fingerprint(Visit).Similarity(Fingerprint(Harvest));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void An_article_on_another_matter_that_recalls_the_story_in_passing_is_not_that_story()
    {
        const string sequel = """
            Le président guinéen Boubacar Sylla a inauguré la nouvelle école des officiers de la Garde présidentielle,
            financée par le budget national. Les premiers élèves y seront formés dès la rentrée, selon le ministère.
            Plus tôt, l'ambassadrice Irina Volkova avait visité le camp Alpha Yaya avec Amadou Koné, et la Russie avait
            promis des instructeurs et des blindés. L'école doit accueillir trois cents élèves par an.
            """;

        var similarity = Fingerprint(Visit).Similarity(Fingerprint(sequel));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void A_fingerprint_survives_being_stored_as_text()
    {
        var fingerprint = Fingerprint(Visit);

        var stored = StoryFingerprint.Parse(fingerprint.ToString());

        Assert.Equal(fingerprint.ToString(), stored.ToString());
        Assert.Equal(1.0, stored.Similarity(fingerprint));
    }

    [Fact]
    public void A_fingerprint_stored_in_the_first_form_is_still_read()
    {
        var current = Fingerprint(Visit).ToString().Split('|');
        var first = string.Join('|', "v1", current[1], current[2], current[4]);

        var read = StoryFingerprint.Parse(first);

        Assert.Empty(read.LeadActors);
        Assert.Equal(current[2], string.Join(',', read.Actors));
    }

    [Fact]
    public void A_stored_text_that_is_not_a_fingerprint_is_refused_with_the_expected_form()
    {
        var error = Assert.Throws<FormatException>(() => StoryFingerprint.Parse("v4|oops"));

        Assert.Contains("v5|date|actors|lead actors|signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clusterer_places_articles_one_at_a_time()
    {
        var clusterer = new StoryClusterer();

        var first = clusterer.Add(Fingerprint(Visit));
        var other = clusterer.Add(Fingerprint(Harvest));
        var again = clusterer.Add(Fingerprint(VisitReworded));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Reports_days_apart_that_name_the_same_new_people_in_other_words_are_one_story()
    {
        const string first = """
            Un protocole sur la formation de tireurs d'élite guinéens

            Publié le 4 mars 2025

            La Guinée et la Russie ont signé mardi un protocole prévoyant des stages pour les unités d'intervention.
            Le texte a été paraphé par le chef d'état-major adjoint, le colonel Mamadou Bah, et par l'attaché militaire
            russe, le colonel Piotr Sokolov. « Nos hommes seront formés aux meilleures méthodes », a dit l'officier.
            """;
        const string second = """
            Moscou entraînera des snipers de Conakry

            5 mars 2025

            Des instructeurs venus de Russie vont préparer des spécialistes du tir de précision, selon un accord conclu ce
            mardi. Piotr Sokolov, attaché de défense, et Mamadou Bah, numéro deux de l'état-major, ont signé le document.
            """;

        var similarity = Fingerprint(first).Similarity(Fingerprint(second));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_week_reports_that_share_a_weapon_designation_are_one_story()
    {
        const string first = """
            Livraison d'avions à Conakry

            Conakry, 10 avril 2025. Deux appareils Yak-130 ont atterri à l'aéroport, a constaté notre correspondant. Les
            pilotes guinéens achèvent leur formation, selon l'armée de l'air.
            """;
        const string second = """
            Des Yak-130 pour l'armée de l'air guinéenne

            11 avril 2025

            Les premiers avions d'entraînement commandés à la Russie sont arrivés mercredi, a indiqué l'état-major, qui
            attend d'autres lots dans l'année.
            """;

        var similarity = Fingerprint(first).Similarity(Fingerprint(second));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_reports_on_different_matters_that_share_only_the_president_are_different_stories()
    {
        const string credentials = """
            Le président Boubacar Sylla reçoit l'ambassadrice de Russie

            Conakry, 16 février 2026. Le président guinéen Boubacar Sylla a reçu les lettres de créance de la nouvelle
            ambassadrice de Russie, qui a promis de développer les échanges commerciaux et culturels.
            """;
        const string floods = """
            Inondations : Boubacar Sylla au chevet des sinistrés

            Conakry, 16 février 2026. Le président Boubacar Sylla s'est rendu dans les quartiers inondés de Kaloum, où
            des centaines de familles ont perdu leur maison après des pluies torrentielles.
            """;

        var similarity = Fingerprint(credentials).Similarity(Fingerprint(floods));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_week_reports_naming_different_people_of_a_common_surname_are_different_stories()
    {
        const string patrol = """
            Patrouille conjointe près de Kidal

            Bamako, 12 mai 2025. Le colonel Moussa Keïta a conduit une patrouille conjointe avec des instructeurs russes
            au nord de Kidal. « Nos unités tiennent désormais les axes du nord », a affirmé l'officier devant la presse.
            """;
        const string school = """
            Une école de gendarmerie rouvre à Kati

            13 mai 2025

            Le lieutenant Awa Keïta a présenté la nouvelle promotion de l'école de gendarmerie de Kati, dont les cours
            reprennent après deux années de travaux. « Ces élèves sont l'avenir du pays », a-t-elle dit aux familles.
            """;

        var similarity = Fingerprint(patrol).Similarity(Fingerprint(school));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_week_reports_naming_one_person_of_a_common_surname_in_full_are_one_story()
    {
        const string first = """
            Un officier malien en formation à Moscou

            Bamako, 12 mai 2025. Le commandant Boubacar Diallo a rejoint l'académie militaire de Moscou pour un stage
            d'état-major d'un an, a annoncé l'armée. « C'est un honneur pour nos forces armées », a-t-il déclaré.
            """;
        const string second = """
            Boubacar Diallo, de Bamako à l'académie russe

            14 mai 2025

            Parti cette semaine pour la capitale russe, le commandant Boubacar Diallo suivra un an de cours d'état-major,
            selon un communiqué des forces armées maliennes.
            """;

        var similarity = Fingerprint(first).Similarity(Fingerprint(second));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_reports_whose_openings_each_name_someone_the_other_does_not_are_different_stories()
    {
        const string credentials = """
            Le président Boubacar Sylla reçoit l'ambassadrice de Russie Irina Volkova

            Conakry, 16 février 2026. Le président Boubacar Sylla et le ministre Amadou Koné ont reçu l'ambassadrice
            Irina Volkova, venue présenter ses lettres de créance et parler d'échanges commerciaux et culturels.
            """;
        const string exercise = """
            Exercice militaire : Amadou Koné et le général Fodé Bangoura à Kindia

            Conakry, 16 février 2026. Le ministre Amadou Koné, le président Boubacar Sylla et le général Fodé Bangoura
            ont assisté à un exercice de tir des forces spéciales au camp de Kindia, sous une forte chaleur.
            """;

        var similarity = Fingerprint(credentials).Similarity(Fingerprint(exercise));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_reports_with_the_same_two_leaders_on_unrelated_matters_are_different_stories()
    {
        const string harvest = """
            Boubacar Sylla et Amadou Koné lancent la campagne agricole

            Conakry, 20 novembre 2024. Boubacar Sylla et Amadou Koné ont distribué des semences, des engrais et des
            tracteurs aux coopératives paysannes de la région, avant la saison des pluies et la récolte du riz.
            """;
        const string football = """
            Boubacar Sylla et Amadou Koné au stade pour la finale

            Conakry, 20 novembre 2024. Boubacar Sylla et Amadou Koné ont assisté à la finale du championnat national de
            football, remportée aux tirs au but devant quarante mille supporters enthousiastes.
            """;

        var similarity = Fingerprint(harvest).Similarity(Fingerprint(football));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_reports_on_the_same_leaders_that_each_quote_their_own_local_official_are_different_stories()
    {
        const string borehole = """
            Boubacar Sylla et Amadou Koné inaugurent un forage à Dabola

            Conakry, 16 février 2026. Le président Boubacar Sylla et le ministre Amadou Koné ont inauguré à Dabola un
            forage financé par la coopération russe, qui alimentera trois villages. « C'est un jour attendu depuis des
            années », a déclaré le préfet Mamadou Sow, qui a remercié la coopération russe pour ce forage.
            """;
        const string clinic = """
            Boubacar Sylla et Amadou Koné visitent un dispensaire à Dabola

            Conakry, 16 février 2026. Le président Boubacar Sylla et le ministre Amadou Koné ont visité à Dabola un
            dispensaire équipé par la coopération russe, qui soignera trois villages. « Les soins y seront gratuits »,
            a assuré la directrice Aïssatou Baldé, qui a remercié la coopération russe pour ce dispensaire.
            """;

        var similarity = Fingerprint(borehole).Similarity(Fingerprint(clinic));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_reports_on_the_same_leaders_that_quote_the_same_local_official_are_one_story()
    {
        const string first = """
            Boubacar Sylla et Amadou Koné inaugurent un forage à Dabola

            Conakry, 16 février 2026. Le président Boubacar Sylla et le ministre Amadou Koné ont inauguré à Dabola un
            forage financé par la coopération russe. « C'est un jour attendu depuis des années », a déclaré le préfet
            Mamadou Sow.
            """;
        const string second = """
            À Dabola, un forage russe inauguré par le président

            16 février 2026

            Trois villages auront désormais de l'eau : Boubacar Sylla, accompagné d'Amadou Koné, a ouvert le nouveau
            forage de Dabola. Le préfet Mamadou Sow a salué « un jour attendu depuis des années ».
            """;

        var similarity = Fingerprint(first).Similarity(Fingerprint(second));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }
}
