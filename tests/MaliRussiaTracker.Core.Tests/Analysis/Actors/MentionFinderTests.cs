using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Actors;

public class MentionFinderTests
{
    private static readonly KnownWorld World = TestWorld.Build();

    private static List<string> Slugs(string text) =>
        MentionFinder.Find(FoldedText.Of(TextNormaliser.Normalise(text)), World).Select(m => m.Slug).ToList();

    [Fact]
    public void Matches_names_with_accents_and_case_folded()
    {
        Assert.Equal(["amadou-kone", "amadou-kone", "amadou-kone"], Slugs("Amadou Koné a parlé. AMADOU KONE a insisté. Amadou Kone a conclu."));
    }

    [Fact]
    public void A_name_in_capitals_only_names_its_entity_only_in_the_same_capitals()
    {
        var world = KnownWorld.From([new WorldActor("onu", "ONU", ActorKind.Organisation, Aliases: ["United Nations", "UN"])], [], [], []);

        var mentions = MentionFinder.Find(FoldedText.Of("Un diplomate a cité un rapport du UN Security Council. Un autre a répondu."), world);

        Assert.Equal(["onu"], mentions.Select(m => m.Slug));
        Assert.Equal(34, mentions[0].Start);
    }

    [Fact]
    public void A_title_or_role_stands_for_its_person()
    {
        var mentions = MentionFinder.Find(FoldedText.Of("Le chef de l'armée guinéenne a reçu l'ambassadrice de Russie en Guinée."), World);

        Assert.Equal(["amadou-kone", "irina-volkova"], mentions.Select(m => m.Slug));
        Assert.All(mentions, m => Assert.True(m.IsRole));
    }

    [Fact]
    public void A_role_glued_to_a_prefix_is_another_role()
    {
        Assert.DoesNotContain("amadou-kone", Slugs("Le vice-ministre guinéen de la Défense est arrivé."));
    }

    [Fact]
    public void The_longest_alias_wins()
    {
        Assert.Equal(["russia"], Slugs("La Fédération de Russie a répondu."));
    }

    [Fact]
    public void A_capitalised_name_in_lower_case_is_a_description_not_the_name()
    {
        Assert.Equal(["garde-presidentielle"], Slugs("La Garde présidentielle défile, la garde présidentielle d'un autre pays aussi."));
    }

    [Fact]
    public void The_starting_world_reads_goita_and_serguei_without_their_accents()
    {
        var world = KnownWorld.LoadEmbedded();

        var mentions = MentionFinder.Find(FoldedText.Of("Assimi Goita a rencontré Serguei Lavrov."), world);

        Assert.Equal(["assimi-goita", "sergei-lavrov"], mentions.Select(m => m.Slug));
    }
}
