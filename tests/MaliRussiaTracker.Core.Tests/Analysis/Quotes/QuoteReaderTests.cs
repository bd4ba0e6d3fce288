using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Quotes;

namespace MaliRussiaTracker.Core.Tests.Analysis.Quotes;

public class QuoteReaderTests
{
    private static List<(string Text, string? Speaker)> Read(string text)
    {
        var folded = FoldedText.Of(TextNormaliser.Normalise(text));
        return QuoteReader.Read(folded, MentionFinder.Find(folded, TestWorld.Build())).Select(q => (q.Text, q.Speaker)).ToList();
    }

    // With the candidates the text names, as the analyzer reads quotes.
    private static List<QuotedPassage> ReadWithCandidates(string text)
    {
        var folded = FoldedText.Of(text);
        var mentions = MentionFinder.Find(folded, TestWorld.Build());
        return QuoteReader.Read(folded, mentions, Sentences.Of(text), CandidateFinder.Find(text, folded.Folded, mentions));
    }

    [Fact]
    public void The_speaker_named_after_the_quote_through_a_verb_of_saying()
    {
        Assert.Equal([("Nous ne céderons rien sur la souveraineté", "amadou-kone")],
            Read("« Nous ne céderons rien sur la souveraineté », a martelé Amadou Koné devant les officiers."));
    }

    [Fact]
    public void The_speaker_named_before_the_quote()
    {
        Assert.Equal([("un partenariat fondé sur le respect", "irina-volkova")],
            Read("Irina Volkova a salué « un partenariat fondé sur le respect » lors de la cérémonie."));
    }

    [Fact]
    public void The_speaker_named_before_a_colon()
    {
        Assert.Equal([("Nos soldats sont prêts à servir.", "amadou-kone")],
            Read("Le ministre guinéen de la Défense a été clair : “Nos soldats sont prêts à servir.”"));
    }

    [Fact]
    public void The_subject_of_the_verb_speaks_not_the_state_named_after_it()
    {
        Assert.Equal([("un partenaire fiable dans tous les domaines", "amadou-kone")],
            Read("Amadou Koné a indiqué que Moscou restait « un partenaire fiable dans tous les domaines »."));
        Assert.Equal([("un partenaire fiable dans tous les domaines", null)],
            Read("Le diplomate a indiqué que Moscou restait « un partenaire fiable dans tous les domaines »."));
    }

    [Fact]
    public void A_pronoun_points_to_the_person_not_to_an_organisation_named_since()
    {
        var quotes = Read("""
            Amadou Koné a passé en revue la Garde présidentielle à l'aube. La GP sera renforcée cette année.
            « Nous aurons bientôt de nouveaux véhicules », a-t-il annoncé.
            """);

        Assert.Equal("amadou-kone", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_pronoun_after_the_quote_points_to_the_last_person_named()
    {
        var quotes = Read("""
            Boubacar Sylla a reçu les officiers au palais. Le climat était détendu.
            "La coopération avec Moscou est un choix souverain", a-t-il ajouté.
            """);

        Assert.Equal([("La coopération avec Moscou est un choix souverain", "boubacar-sylla")], quotes);
    }

    [Fact]
    public void Selon_ses_mots_points_to_the_last_person_or_organisation_not_to_a_state()
    {
        var quotes = Read("Mme Volkova a pris la parole. La Russie veut, selon ses mots, « bâtir une amitié durable avec Conakry ».");

        Assert.Equal("irina-volkova", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_quote_that_no_one_is_said_to_say_has_no_speaker()
    {
        Assert.Equal([("Le temps des tutelles est révolu.", null)], Read("Amadou Koné était présent. « Le temps des tutelles est révolu. » Le public a applaudi."));
    }

    [Fact]
    public void A_name_in_quotation_marks_is_not_a_quote()
    {
        Assert.Empty(Read("Amadou Koné a lancé l'opération « Tempête Du Désert Guinéen » ce matin, a-t-il dit."));
    }

    [Fact]
    public void Two_word_terms_and_scare_quotes_are_not_quotes()
    {
        Assert.Empty(Read("Amadou Koné parle de « formateurs » et de « partenaire fiable », a-t-il dit."));
    }

    [Fact]
    public void A_speaker_the_gazetteer_does_not_know_is_named_from_the_candidates()
    {
        var quote = Assert.Single(ReadWithCandidates("Le ministre burkinabè de la Sécurité, Mahamadou Sana, était à Conakry. « Nous ne reculerons pas devant la menace », a assuré M. Sana."));

        Assert.Null(quote.Speaker);
        Assert.Equal("Mahamadou Sana", quote.SpeakerName);
    }

    [Fact]
    public void A_person_the_gazetteer_does_not_know_speaks_before_a_state_named_in_their_title()
    {
        var quote = Assert.Single(ReadWithCandidates("Pavel Orlov, président de l'Association des juristes de Russie, a déclaré : « La formation commencera au printemps pour deux cents officiers. »"));

        Assert.Null(quote.Speaker);
        Assert.Equal("Pavel Orlov", quote.SpeakerName);
    }

    [Fact]
    public void A_sentence_that_is_all_quotation_goes_on_in_the_voice_of_the_quotation_before_it()
    {
        var quotes = Read("« Les livraisons arriveront avant la saison des pluies », a affirmé Amadou Koné. « Nos pilotes sont déjà formés sur ces appareils. »");

        Assert.Equal(["amadou-kone", "amadou-kone"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quotation_after_someone_else_is_named_does_not_go_on_in_the_first_voice()
    {
        var quotes = Read("« Les livraisons arriveront avant la saison des pluies », a affirmé Amadou Koné. Irina Volkova a quitté la salle. « Nos pilotes sont déjà formés sur ces appareils. »");

        Assert.Equal(["amadou-kone", null], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Two_quotations_in_one_sentence_share_the_verb_after_the_last()
    {
        var quotes = Read("Amadou Koné a visité la base. « Les nouveaux appareils arriveront bientôt » et permettront « une surveillance constante du territoire », a-t-il expliqué.");

        Assert.Equal(["amadou-kone", "amadou-kone"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_pronoun_points_to_a_new_person_named_again_by_surname_since_first_named()
    {
        var quote = Assert.Single(ReadWithCandidates(
            "Le ministre burkinabè de la Sécurité, Mahamadou Sana, était à Conakry en mars. Plusieurs accords ont été signés. Trois semaines plus tard, M. Sana est revenu. « Nous ne reculerons pas devant la menace », a-t-il déclaré."));

        Assert.Equal("Mahamadou Sana", quote.SpeakerName);
    }

    [Fact]
    public void A_body_the_gazetteer_does_not_know_is_named_at_the_verb()
    {
        var french = Assert.Single(ReadWithCandidates("« La coopération se poursuivra avec tous nos partenaires », a indiqué la Maison Blanche dans un communiqué."));
        var english = Assert.Single(ReadWithCandidates("\"The withdrawal of the troops is complete,\" the Pentagon said on Monday."));

        Assert.Equal("Maison Blanche", french.SpeakerName);
        Assert.Equal("Pentagon", english.SpeakerName);
    }

    [Fact]
    public void A_seat_of_power_speaks_for_its_government()
    {
        var text = "« Les discussions ont été franches et cordiales », a précisé le Kremlin.";
        var folded = FoldedText.Of(text);

        var quote = Assert.Single(QuoteReader.Read(folded, MentionFinder.Find(folded, Core.Gazetteer.KnownWorld.LoadEmbedded())));

        Assert.Equal("russia", quote.Speaker);
    }
}
