using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Tests.Analysis.Dates;

/// <summary>Year-less and relative dates resolved against the article's own time, at the precision it is known.</summary>
public class DateAnchoringTests
{
    private static readonly DateAnchor March2026 = new(new DateOnly(2026, 3, 1), DatePrecision.Month);

    private static string Resolve(string sentence, DateAnchor? anchor) =>
        Assert.Single(FrenchDateReader.Read(FoldedText.Fold(sentence))).Resolve(anchor)?.ToString() ?? "left out";

    [Fact]
    public void The_weekday_says_which_year_a_yearless_day_is_in()
    {
        // 13 February 2026 is a Friday, 13 February 2025 a Thursday: a page of early 2026 saying « vendredi » means 2026.
        Assert.Equal("2026-02-13", Resolve("La délégation a atterri vendredi 13 février à Niamey.", new DateOnly(2026, 1, 10)));
        // The same page saying « jeudi » means the 13 February before it.
        Assert.Equal("2025-02-13", Resolve("La délégation a atterri jeudi 13 février à Niamey.", new DateOnly(2026, 1, 10)));
    }

    [Fact]
    public void A_month_anchor_places_a_yearless_day_and_month_but_not_a_weekday_or_yesterday()
    {
        Assert.Equal("2026-02-27", Resolve("Les pilotes sont rentrés le 27 février après leur stage.", March2026));
        Assert.Equal("2025-11", Resolve("Le contrat avait été signé en novembre.", March2026));
        Assert.Equal("left out", Resolve("Le ministre a reçu lundi les pilotes formés à Koulikoro.", March2026));
        Assert.Equal("left out", Resolve("Le convoi est arrivé hier à Ménaka.", March2026));
    }

    [Fact]
    public void A_year_anchor_places_nothing_that_needs_a_month()
    {
        Assert.Equal("left out", Resolve("Le contrat avait été signé en novembre.", new DateAnchor(new DateOnly(2026, 1, 1), DatePrecision.Year)));
    }

    [Fact]
    public void A_yearless_date_with_nothing_to_anchor_it_is_left_out()
    {
        Assert.Equal("left out", Resolve("Les pilotes sont rentrés le 27 février après leur stage.", null));
    }

    [Fact]
    public void Le_x_dernier_goes_back_across_the_new_year()
    {
        Assert.Equal("2025-12-18", Resolve("Le protocole signé le 18 décembre dernier entre en vigueur.", new DateOnly(2026, 1, 9)));
    }

    [Theory]
    [InlineData("Le ministre va se rendre jeudi à Gao pour inspecter les troupes.", "2026-03-12")]
    [InlineData("Une délégation est attendue jeudi à Gao pour la remise des véhicules.", "2026-03-12")]
    [InlineData("Le ministre a inspecté jeudi les troupes à Gao.", "2026-03-05")]
    [InlineData("The minister will travel to Gao on Thursday to inspect the troops.", "2026-03-12")]
    [InlineData("The minister inspected the troops in Gao on Thursday, the army said.", "2026-03-05")]
    public void A_bare_weekday_goes_back_after_a_past_verb_and_forward_after_a_future_one(string sentence, string expected)
    {
        // Monday 9 March 2026.
        Assert.Equal(expected, Resolve(sentence, new DateOnly(2026, 3, 9)));
    }

    [Theory]
    [InlineData("la veille", -1)]
    [InlineData("le lendemain", 1)]
    [InlineData("trois jours plus tard", 3)]
    [InlineData("une semaine plus tard", 7)]
    [InlineData("the next day", 1)]
    [InlineData("two days later", 2)]
    public void Sequels_count_in_days_from_the_date_before_them(string words, int days)
    {
        var expression = Assert.Single(FrenchDateReader.Read(FoldedText.Fold($"Les blindés ont franchi la frontière {words}, selon l'état-major.")));

        Assert.True(expression.From.FromPrevious);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2025, 10, 14).AddDays(days)), expression.Resolve(new DateOnly(2025, 10, 14)));
    }

    [Theory]
    [InlineData("le mois suivant", "2025-11")]
    [InlineData("deux mois plus tard", "2025-12")]
    [InlineData("three months later", "2026-01")]
    public void Sequels_in_months_keep_the_month(string words, string expected)
    {
        Assert.Equal(expected, Resolve($"Le contrat a été ratifié {words} par le parlement.", new DateAnchor(new DateOnly(2025, 10, 1), DatePrecision.Month)));
    }

    [Theory]
    [InlineData("The regime has faced coups in 2019 and 2020, the report says.", new[] { "2019", "2020" })]
    [InlineData("Les drones achetés au printemps 2022 ont été livrés.", new[] { "2022" })]
    [InlineData("Since the August 2023 death of its founder, the group has changed.", new[] { "2023-08" })]
    public void Reads_more_of_the_shapes_real_reports_print(string sentence, string[] expected) =>
        Assert.Equal(expected, FrenchDateReader.Read(FoldedText.Fold(sentence)).Select(e => e.Resolve(null)?.ToString()));

    [Theory]
    [InlineData("The junta came to power in a coup last year.", "2025")]
    [InlineData("Ten attacks were recorded this year in the region.", "2026")]
    [InlineData("The president said last November that talks would go on.", "2025-11")]
    [InlineData("Construction began earlier this month near the capital.", "2026-03")]
    public void English_relative_dates_resolve_against_the_article(string sentence, string expected) =>
        Assert.Equal(expected, Resolve(sentence, new DateOnly(2026, 3, 9)));

    [Fact]
    public void A_relative_word_before_the_date_it_stands_for_is_that_date()
    {
        var dates = FrenchDateReader.Read(FoldedText.Fold("Le matériel est arrivé hier, mercredi 4 mars 2026, à Niamey."));

        Assert.Equal("2026-03-04", Assert.Single(dates).Resolve(null)?.ToString());
    }

    [Fact]
    public void A_future_weekday_printed_on_that_weekday_is_that_day()
    {
        Assert.Equal("2026-03-10", Resolve("Le ministre sera reçu mardi par le chef de l'État.", new DateOnly(2026, 3, 10)));
    }
}
