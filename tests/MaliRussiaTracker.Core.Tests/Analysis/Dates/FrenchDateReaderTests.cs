using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Dates;

public class FrenchDateReaderTests
{
    private static readonly DateOnly Thursday12June2025 = new(2025, 6, 12);

    private static List<string> Dates(string sentence, DateOnly? reference = null) =>
        FrenchDateReader.Read(FoldedText.Fold(sentence))
            .Select(e => e.Resolve(reference)?.ToString() ?? "unresolved")
            .ToList();

    [Theory]
    [InlineData("Le sommet s'est ouvert vendredi 7 mars 2025 à Niamey.", "2025-03-07")]
    [InlineData("L'accord entre en vigueur le 1er mai 2024.", "2024-05-01")]
    [InlineData("Le convoi est arrivé le 15/09/2023 au poste frontière.", "2023-09-15")]
    [InlineData("La note datée du 2024-02-29 a fuité.", "2024-02-29")]
    [InlineData("La conférence se tiendra du 3 au 5 octobre 2024 à Dakar.", "2024-10-03/2024-10-05")]
    [InlineData("Les manœuvres ont duré du 28 février au 2 mars 2024.", "2024-02-28/2024-03-02")]
    [InlineData("Les élections ont été reportées en septembre 2023.", "2023-09")]
    [InlineData("Une délégation est attendue courant décembre 2026.", "2026-12")]
    [InlineData("La base a été construite en 2019 par des ingénieurs.", "2019")]
    [InlineData("Les deux pays se sont rapprochés entre 2018 et 2021.", "2018/2021")]
    [InlineData("Le régime a duré de 1968 à 1991.", "1968/1991")]
    [InlineData("Le plan 2014-2016 a été abandonné.", "2014/2016")]
    [InlineData("La production doit doubler d'ici mi-2027.", "2027")]
    [InlineData("Published on April 12, 2024 by the agency.", "2024-04-12")]
    [InlineData("The troops arrived on 3 March 2025 in the capital.", "2025-03-03")]
    [InlineData("The ministry signed the deal on Sept. 3, 2025 in the capital.", "2025-09-03")]
    [InlineData("The first planes landed on Feb 16, 2026 at the airport.", "2026-02-16")]
    public void Reads_every_absolute_shape(string sentence, string expected) =>
        Assert.Equal([expected], Dates(sentence));

    [Fact]
    public void A_list_of_days_is_one_date_with_its_other_days()
    {
        var expression = Assert.Single(FrenchDateReader.Read(FoldedText.Fold("Le ministre était à Conakry les 14, 15 et 16 mars 2024.")));

        Assert.Equal("2024-03-14", expression.Resolve(null).ToString());
        Assert.Equal(["2024-03-15", "2024-03-16"], expression.ResolveOthers(null).Select(d => d.ToString()));
    }

    [Fact]
    public void A_list_of_months_gives_each_month()
    {
        var expression = Assert.Single(FrenchDateReader.Read(FoldedText.Fold("Des avions ont été livrés en février et avril derniers.")));

        Assert.Equal("2025-02", expression.Resolve(Thursday12June2025).ToString());
        Assert.Equal(["2025-04"], expression.ResolveOthers(Thursday12June2025).Select(d => d.ToString()));
    }

    [Fact]
    public void Joins_a_year_and_a_day_into_one_range()
    {
        Assert.Equal(["2019/2024-06-30"], Dates("Entre 2019 et la signature du 30 juin 2024, rien n'a bougé."));
    }

    [Fact]
    public void Depuis_marks_a_starting_point_not_the_subject()
    {
        var expression = Assert.Single(FrenchDateReader.Read(FoldedText.Fold("Depuis 2015, la force conjointe patrouille.")));

        Assert.True(expression.IsSince);
        Assert.Equal("2015", expression.Resolve(null).ToString());
    }

    [Theory]
    [InlineData("Le projet Vision 2030 a été présenté.")]
    [InlineData("Mars est la planète rouge, disait le professeur.")]
    [InlineData("Le salon AFRIDEX 2026 fermera ses portes.")]
    [InlineData("Les 12 soldats ont été décorés.")]
    public void Numbers_and_words_that_are_not_dates_are_left_alone(string sentence) =>
        Assert.Empty(Dates(sentence));

    [Fact]
    public void An_english_day_without_a_year_takes_the_year_of_the_reference()
    {
        Assert.Equal(["2025-06-10"], Dates("The convoy reached the border on Jun 10, the army said.", Thursday12June2025));
    }

    [Fact]
    public void An_english_month_alone_is_a_month_not_a_day()
    {
        Assert.Empty(Dates("The statement was read at the palace on the evening news.", Thursday12June2025));
        Assert.Equal(["2025-03"], Dates("The troops left in March, the ministry said.", Thursday12June2025));
    }

    [Fact]
    public void A_french_article_reads_the_full_english_date_of_a_post_it_quotes()
    {
        // Long enough not to be read as a dateline, and without « the »: French throughout but for the post's date.
        var article = "Le ministre a publié sur son compte un message de remerciements adressé aux partenaires, après "
            + "l'entretien tenu avec son homologue au sujet de la formation des pilotes et de la sécurité des convois. "
            + "Le message, publié en anglais, se termine par la date : March 27, 2024.";

        Assert.Equal(["2024-03-27"], Dates(article));
    }
}

public class RelativeDateTests
{
    private static readonly DateOnly Thursday12June2025 = new(2025, 6, 12);

    private static string Resolve(string sentence, DateOnly reference) =>
        Assert.Single(FrenchDateReader.Read(FoldedText.Fold(sentence))).Resolve(reference)?.ToString() ?? "unresolved";

    [Fact]
    public void Resolves_en_avril_dernier_against_publication_date() =>
        Assert.Equal("2025-04", Resolve("Le ministre s'était rendu à Alger en avril dernier.", Thursday12June2025));

    [Fact]
    public void Resolves_a_month_named_dernier_in_the_current_month_to_last_year() =>
        Assert.Equal("2024-06", Resolve("Il avait signé en juin dernier.", Thursday12June2025));

    [Fact]
    public void Resolves_au_mois_d_avril_with_its_elided_preposition() =>
        Assert.Equal("2025-04", Resolve("Les avions sont arrivés au mois d'avril.", Thursday12June2025));

    [Fact]
    public void Resolves_en_janvier_to_the_same_year_as_the_reference() =>
        Assert.Equal("2025-01", Resolve("En janvier, les troupes ont quitté la base.", Thursday12June2025));

    [Fact]
    public void Resolves_a_month_to_the_nearest_such_month_across_the_new_year() =>
        Assert.Equal("2024-12", Resolve("Les premiers avions sont arrivés en décembre.", new DateOnly(2025, 1, 15)));

    [Fact]
    public void Resolves_a_future_month_to_the_same_year() =>
        Assert.Equal("2025-09", Resolve("Le président se rendra à Pékin en septembre.", Thursday12June2025));

    [Fact]
    public void Resolves_en_mars_prochain_to_next_year() =>
        Assert.Equal("2026-03", Resolve("La base fermera en mars prochain.", Thursday12June2025));

    [Fact]
    public void Resolves_ce_lundi_to_the_monday_of_the_reference_week() =>
        Assert.Equal("2025-06-09", Resolve("L'envoyé spécial est arrivé ce lundi.", Thursday12June2025));

    [Fact]
    public void Resolves_a_bare_weekday_to_the_nearest_such_day() =>
        Assert.Equal("2025-06-13", Resolve("Les ministres se retrouveront vendredi.", Thursday12June2025));

    [Fact]
    public void Resolves_a_bare_weekday_in_a_report_to_the_last_such_day() =>
        Assert.Equal("2025-06-06", Resolve("Le porte-parole a déclaré vendredi que rien ne changerait.", new DateOnly(2025, 6, 9)));

    [Fact]
    public void Resolves_mardi_dernier_and_mardi_prochain()
    {
        Assert.Equal("2025-06-10", Resolve("Le texte a été voté mardi dernier.", Thursday12June2025));
        Assert.Equal("2025-06-17", Resolve("Le texte sera voté mardi prochain.", Thursday12June2025));
    }

    [Fact]
    public void Resolves_hier_and_l_an_dernier()
    {
        Assert.Equal("2025-06-11", Resolve("L'attaque a eu lieu hier.", Thursday12June2025));
        Assert.Equal("2024", Resolve("Les livraisons ont commencé l'an dernier.", Thursday12June2025));
    }

    [Fact]
    public void Resolves_a_day_without_a_year_with_dernier_to_the_last_such_day() =>
        Assert.Equal("2024-08-20", Resolve("Le 20 août dernier, un accord avait été conclu.", new DateOnly(2025, 3, 2)));

    [Fact]
    public void Resolves_a_range_without_a_year() =>
        Assert.Equal("2025-11-03/2025-11-06", Resolve("Le salon se tient du 3 au 6 novembre à Dakar.", new DateOnly(2025, 11, 3)));

    [Fact]
    public void A_relative_date_without_a_reference_stays_unresolved() =>
        Assert.Null(Assert.Single(FrenchDateReader.Read(FoldedText.Fold("Il était là en avril dernier."))).Resolve(null));
}
