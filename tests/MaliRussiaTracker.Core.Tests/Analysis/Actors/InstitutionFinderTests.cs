using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Actors;

public class InstitutionFinderTests
{
    private static readonly ArticleAnalyzer Analyzer = new(KnownWorld.LoadEmbedded());

    private static List<string> Organisations(string text) =>
        [.. Analyzer.Analyze("institutions.txt", text).Candidates.Where(c => c.Kind == "organisation").Select(c => c.Name)];

    [Theory]
    [InlineData("Selon le ministère tchadien de la Justice, le texte sera publié demain.", "ministère tchadien de la Justice")]
    [InlineData("Le ministère de la Santé publique guinéen a confirmé trois cas.", "ministère de la Santé publique guinéen")]
    [InlineData("Un communiqué du ministère des Finances du Togo annonce la mesure.", "ministère des Finances du Togo")]
    [InlineData("Des soldats de l'armée tchadienne patrouillent à la frontière.", "armée tchadienne")]
    [InlineData("Les forces armées du Bénin ont reçu deux hélicoptères.", "forces armées du Bénin")]
    public void A_french_institution_of_a_state_is_proposed_by_its_printed_name(string text, string expected)
    {
        Assert.Contains(expected, Organisations(text));
    }

    [Theory]
    [InlineData("The Chadian Justice Ministry said the law would pass.", "Chadian Justice Ministry")]
    [InlineData("Togo's finance ministry declined to comment.", "Togo's finance ministry")]
    [InlineData("A statement by the Ministry of Health of Guinea followed.", "Ministry of Health of Guinea")]
    [InlineData("The Senegalese armed forces took part in the drill.", "Senegalese armed forces")]
    public void An_english_institution_of_a_state_is_proposed_by_its_printed_name(string text, string expected)
    {
        Assert.Contains(expected, Organisations(text));
    }

    [Fact]
    public void A_ministry_whose_state_is_not_said_and_a_ministry_the_world_knows_are_not_proposed()
    {
        Assert.Empty(Organisations("Le ministère de la Justice a déclaré que le ministère russe des Affaires étrangères avait répondu."));
    }

    [Fact]
    public void A_portfolio_stops_before_the_verb_that_follows_it()
    {
        Assert.Contains("ministère togolais de la Justice", Organisations("Le ministère togolais de la Justice a annoncé la réforme."));
    }
}
