using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Actors;

public class CountryFinderTests
{
    private static readonly ArticleAnalyzer Analyzer = new(KnownWorld.LoadEmbedded());

    private static ArticleAnalysis Analyze(string text) => Analyzer.Analyze("states.txt", text);

    private static List<string> States(ArticleAnalysis analysis) =>
        [.. analysis.Candidates.Where(c => c.Kind == "state").Select(c => c.Name)];

    [Fact]
    public void A_state_the_world_lacks_is_proposed_once_under_its_French_name_whatever_the_spelling()
    {
        var analysis = Analyze("La Turquie a livré des drones au Mali. Turkey denies it; Ankara's partner, South Africa, stays silent. La Turquie insiste.");

        Assert.Equal(["Turquie", "Afrique du Sud"], States(analysis));
    }

    [Fact]
    public void A_state_whose_name_holds_a_known_one_is_that_state_not_the_known_one()
    {
        var analysis = Analyze("Des instructeurs russes sont arrivés en Guinée équatoriale, puis au Mali.");

        Assert.Equal(["Guinée équatoriale"], States(analysis));
        Assert.DoesNotContain("guinee", analysis.Actors);
        Assert.Contains("mali", analysis.Actors);
    }

    [Fact]
    public void A_state_the_world_knows_under_another_spelling_is_no_candidate()
    {
        // The world holds « Tchad »; the English « Chad » names it too.
        Assert.Empty(States(Analyze("Russian instructors also arrived in Chad, after Mali.")));
    }

    [Fact]
    public void A_name_in_lower_case_or_a_given_name_is_no_state()
    {
        Assert.Empty(States(Analyze("Maurice Diallo, un diplomate malien, parle de la politique turque et de l'inde des pays.")));
    }
}
