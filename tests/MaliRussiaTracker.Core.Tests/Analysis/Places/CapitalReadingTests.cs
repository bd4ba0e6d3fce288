using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Places;

public class CapitalReadingTests
{
    private static readonly KnownWorld World = TestWorld.Build();

    [Fact]
    public void A_capital_is_a_place_where_something_happens_there()
    {
        var mentions = MentionFinder.Find(FoldedText.Of("Le sommet s'est tenu à Conakry. Conakry et Moscou consolident leur alliance."), World);

        Assert.Equal(
            [("conakry", AliasTarget.Place), ("guinee", AliasTarget.Actor), ("russia", AliasTarget.Actor)],
            mentions.Select(m => (m.Slug, m.Target)));
    }

    [Fact]
    public void A_capital_one_leaves_or_reaches_is_a_place()
    {
        var mentions = MentionFinder.Find(FoldedText.Of("Le président a quitté Conakry mardi et rejoint Moscou mercredi."), World);

        Assert.All(mentions.Where(m => m.Slug is "conakry" or "moscou"), m => Assert.Equal(AliasTarget.Place, m.Target));
        Assert.Equal(2, mentions.Count(m => m.Target == AliasTarget.Place));
    }

    [Fact]
    public void A_capital_opening_a_dateline_is_a_place()
    {
        var mention = MentionFinder.Find(FoldedText.Of("Conakry, 2 mai 2025 (AGP) – Le ministre a parlé."), World)[0];

        Assert.Equal(("conakry", AliasTarget.Place), (mention.Slug, mention.Target));
    }

    [Fact]
    public void A_capital_where_one_observes_or_worries_is_its_government()
    {
        var mentions = MentionFinder.Find(FoldedText.Of("À Moscou, on se félicite de ce rapprochement. À Conakry, le sommet a été reporté."), World);

        Assert.Equal(
            [("russia", AliasTarget.Actor), ("conakry", AliasTarget.Place)],
            mentions.Where(m => m.Slug is "russia" or "moscou" or "conakry" or "guinee").Select(m => (m.Slug, m.Target)));
    }

    [Fact]
    public void A_capital_relied_on_is_its_government_and_one_flown_over_is_a_place()
    {
        var mentions = MentionFinder.Find(FoldedText.Of("Conakry mise désormais sur Moscou pour ses avions. Des drones ont survolé le ciel sur Conakry."), World);

        Assert.Equal(
            [("guinee", AliasTarget.Actor), ("russia", AliasTarget.Actor), ("conakry", AliasTarget.Place)],
            mentions.Where(m => m.Slug is "russia" or "moscou" or "conakry" or "guinee").Select(m => (m.Slug, m.Target)));
    }
}
