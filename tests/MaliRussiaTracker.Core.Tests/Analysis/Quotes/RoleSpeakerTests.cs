using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Output;

namespace MaliRussiaTracker.Core.Tests.Analysis.Quotes;

public class RoleSpeakerTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestWorld.Build());

    private static (string? Speaker, string? Name) SpeakerOf(string text, string quoteStart)
    {
        var quote = Assert.Single(Analyzer.Read("a.txt", text).Quotes, q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal));
        return (quote.Speaker, quote.SpeakerName);
    }

    private static List<string> Actors(string text) => Analyzer.Read("a.txt", text).Mentions.Select(m => m.Slug).ToList();

    [Fact]
    public void A_role_noun_after_the_quote_names_the_new_person_introduced_with_that_title()
    {
        const string text = "L'ambassadeur du Mali en Guinée, Cheick Diarra, a visité le port. « Nous voulons des échanges réguliers », a déclaré le diplomate.";

        Assert.Equal((null, "Cheick Diarra"), SpeakerOf(text, "Nous voulons"));
    }

    [Fact]
    public void A_title_two_people_of_the_article_hold_names_no_one_when_neither_was_named_nearby()
    {
        const string text = """
            Amadou Koné et son homologue, le ministre malien de la Défense Modibo Sangaré, ont signé le texte à Conakry.
            Les deux délégations ont ensuite déjeuné. La presse a été conviée au palais.
            « Nous irons plus loin ensemble », a assuré le ministre.
            """;

        Assert.Equal((null, null), SpeakerOf(text, "Nous irons"));
    }

    [Fact]
    public void A_qualifier_after_the_role_noun_picks_the_one_person_it_fits()
    {
        const string text = """
            Amadou Koné et son homologue, le ministre malien de la Défense Modibo Sangaré, ont signé le texte à Conakry.
            Les deux délégations ont ensuite déjeuné. La presse a été conviée au palais.
            « Nous irons plus loin ensemble », a assuré le ministre malien.
            """;

        Assert.Equal((null, "Modibo Sangaré"), SpeakerOf(text, "Nous irons"));
    }

    [Fact]
    public void A_pronoun_after_the_quote_points_to_the_new_person_named_since_the_last_known_one()
    {
        const string text = """
            Amadou Koné a ouvert la séance. L'ambassadeur de Russie au Mali, Oleg Petrov, était aussi présent.
            « Nous reviendrons en mars avec des instructeurs », a-t-il précisé.
            """;

        Assert.Equal((null, "Oleg Petrov"), SpeakerOf(text, "Nous reviendrons"));
    }

    [Fact]
    public void A_pronoun_after_a_quotation_keeps_the_speaker_of_the_quotation_before()
    {
        const string text = """
            L'ambassadeur de Russie au Mali, Oleg Petrov, a visité la caserne avec des officiers.

            Le ministre Amadou Koné n'a pas assisté à la visite. Le diplomate a salué « une coopération exemplaire et durable ». « Nous reviendrons en mars avec des instructeurs », a-t-il précisé.
            """;

        Assert.Equal((null, "Oleg Petrov"), SpeakerOf(text, "Nous reviendrons"));
    }

    [Fact]
    public void The_role_speaks_rather_than_the_state_named_after_the_verb()
    {
        const string text = "Le président guinéen Boubacar Sylla a reçu la presse. « Nous ne plierons pas devant les menaces », a lancé le président, dans une allusion à la Russie.";

        Assert.Equal(("boubacar-sylla", null), SpeakerOf(text, "Nous ne plierons"));
    }

    [Fact]
    public void An_english_speaker_with_a_long_title_after_the_comma_inside_the_marks()
    {
        const string text = "\"We will not bow to any pressure,\" junta leader General Boubacar Sylla told supporters in Conakry.";

        Assert.Equal(("boubacar-sylla", null), SpeakerOf(text, "We will not"));
    }

    [Fact]
    public void A_former_holder_of_a_title_is_not_its_known_holder()
    {
        Assert.DoesNotContain("amadou-kone", Actors("L'ancien ministre guinéen de la Défense a critiqué le projet."));
    }

    [Fact]
    public void A_title_followed_by_another_persons_name_is_that_person_not_the_known_holder()
    {
        Assert.DoesNotContain("amadou-kone", Actors("Le ministre guinéen de la Défense, le général Mamady Doumbouya, a reçu la délégation."));
    }

    [Fact]
    public void A_known_surname_after_an_unknown_given_name_is_another_person()
    {
        Assert.DoesNotContain("amadou-kone", Actors("Au festival, le chanteur Moussa Koné a ouvert la soirée."));
        Assert.Contains("amadou-kone", Actors("Au camp, le général Koné a passé les troupes en revue."));
        Assert.Contains("amadou-kone", Actors("Au camp, le ministre Amadu Koné a passé les troupes en revue."));
    }

    [Fact]
    public void A_pronoun_before_the_verb_is_the_subject_of_the_sentence_not_the_last_person_named()
    {
        const string text = "Amadou Koné, whose army has worked with President Boubacar Sylla since 2021, praised what he called \"a frank and equal partnership\" with Moscow.";

        Assert.Equal(("amadou-kone", null), SpeakerOf(text, "a frank and"));
    }

    [Fact]
    public void When_nothing_after_the_quote_names_anyone_the_subject_before_it_speaks()
    {
        const string text = "L'ambassadrice de Russie en Guinée a dénoncé les « campagnes de dénigrement organisées » visant, selon elle, son pays.";

        Assert.Equal(("irina-volkova", null), SpeakerOf(text, "campagnes de"));
    }

    [Fact]
    public void A_new_person_named_right_after_the_verb_speaks_rather_than_a_known_one_named_later()
    {
        const string text = """
            Le Premier ministre russe Mikhaïl Orlov était à Conakry. « La Guinée restera un partenaire clé », a déclaré M. Orlov, rappelant la visite du président guinéen à Moscou.
            """;

        Assert.Equal((null, "Mikhaïl Orlov"), SpeakerOf(text, "La Guinée restera"));
    }

    [Fact]
    public void A_speaker_who_rejoices_after_the_quote()
    {
        const string text = "« Nous avons accueilli dix mille visiteurs », s'est réjoui le directeur du salon, Ibrahima Sow.";

        Assert.Equal((null, "Ibrahima Sow"), SpeakerOf(text, "Nous avons"));
    }
}
