using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Places;

namespace MaliRussiaTracker.Core.Tests.Analysis.Places;

public class PlaceCandidateFinderTests
{
    private static List<string> Places(string text)
    {
        var folded = FoldedText.Of(text);
        var mentions = MentionFinder.Find(folded, TestWorld.Build());
        var others = CandidateFinder.Find(text, folded.Folded, mentions);
        return PlaceCandidateFinder.Find(text, folded.Folded, mentions, others).Select(c => c.Name).ToList();
    }

    [Fact]
    public void A_name_the_world_lacks_after_a_preposition_of_place_is_a_candidate_place()
    {
        Assert.Equal(["Kindia"], Places("Les instructeurs sont arrivés à Kindia jeudi pour former deux bataillons."));
        Assert.Equal(["Boké"], Places("The convoy was ambushed in Boké on Tuesday."));
    }

    [Fact]
    public void After_a_noun_of_place_the_name_may_have_several_words()
    {
        Assert.Equal(["Dubréka Centre"], Places("Des combats ont éclaté dans la localité de Dubréka Centre, selon des habitants."));
    }

    [Fact]
    public void A_known_place_a_person_a_month_and_the_English_article_are_not_candidate_places()
    {
        Assert.Empty(Places("Amadou Koné est arrivé à Conakry. Il a rendu hommage à Mamadou Sow. The talks resumed in March after a Swiss offer."));
    }

    [Fact]
    public void A_word_the_text_also_writes_in_lower_case_is_no_place()
    {
        Assert.Empty(Places("Les blindés sont arrivés à Bord du navire. Ils sont restés à bord deux jours."));
    }

    [Fact]
    public void The_English_possessive_is_not_part_of_the_name()
    {
        Assert.Equal(["Kankan"], Places("Troops gathered in Kankan's main square."));
    }
}
