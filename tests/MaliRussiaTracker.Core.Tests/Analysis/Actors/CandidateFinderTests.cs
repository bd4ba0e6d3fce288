using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Actors;

public class CandidateFinderTests
{
    private static List<Candidate> Find(string text)
    {
        var folded = FoldedText.Of(text);
        return CandidateFinder.Find(text, folded.Folded, MentionFinder.Find(folded, TestWorld.Build()));
    }

    [Fact]
    public void An_unknown_person_seen_with_a_title_is_a_candidate_with_the_title_as_evidence()
    {
        var candidate = Assert.Single(Find("Le ministre russe de la Défense, Andreï Belooussov, a reçu la délégation."));

        Assert.Equal(("person", "Andreï Belooussov"), (candidate.Kind, candidate.Name));
        Assert.Equal("Le ministre russe de la Défense", candidate.Evidence);
    }

    [Fact]
    public void A_known_person_with_a_title_is_not_a_candidate()
    {
        Assert.Empty(Find("L'ambassadrice Irina Volkova a salué le général Amadou Koné."));
    }

    [Fact]
    public void An_unknown_body_named_after_its_kind_is_an_organisation_candidate()
    {
        var candidate = Assert.Single(Find("La Guinée a signé avec l'agence russe Rosatom un accord sur l'énergie."));

        Assert.Equal(("organisation", "Rosatom"), (candidate.Kind, candidate.Name));
    }

    [Fact]
    public void An_unknown_acronym_spelled_out_is_an_organisation_candidate()
    {
        var candidate = Assert.Single(Find("Le Groupement des forces spéciales (GFS) a défilé."));

        Assert.Equal(("organisation", "GFS"), (candidate.Kind, candidate.Name));
    }

    [Fact]
    public void A_name_followed_by_its_title_is_a_candidate()
    {
        var candidate = Assert.Single(Find("« La situation se dégrade », constate Fatoumata Diallo, chercheuse au centre d'études stratégiques."));

        Assert.Equal(("person", "Fatoumata Diallo"), (candidate.Kind, candidate.Name));
        Assert.StartsWith("chercheuse", candidate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_followed_by_an_english_title_is_a_candidate()
    {
        var candidate = Assert.Single(Find("Pavel Orlov, president of a lawyers' association, welcomed the vote."));

        Assert.Equal(("person", "Pavel Orlov"), (candidate.Kind, candidate.Name));
    }

    [Fact]
    public void A_section_label_run_into_a_name_is_left_out_of_it()
    {
        var candidate = Assert.Single(Find("Politique Oleg Ivanov, ambassadeur de Russie en Guinée : la politique de Moscou ne change pas."));

        Assert.Equal(("person", "Oleg Ivanov"), (candidate.Kind, candidate.Name));
    }

    [Fact]
    public void A_section_label_the_text_writes_only_in_the_plural_is_left_out_of_the_name()
    {
        var candidate = Assert.Single(Find("Société Oleg Ivanov, ambassadeur de Russie en Guinée, a rencontré les sociétés minières."));

        Assert.Equal(("person", "Oleg Ivanov"), (candidate.Kind, candidate.Name));
    }

    [Fact]
    public void A_person_after_a_title_that_ends_on_a_known_name_is_a_candidate()
    {
        var candidate = Assert.Single(Find("Le texte a été signé par l'ambassadeur de la Fédération de Russie en Guinée, Oleg Ivanov, hier."));

        Assert.Equal(("person", "Oleg Ivanov"), (candidate.Kind, candidate.Name));
    }

    [Fact]
    public void A_person_after_a_title_and_monsieur_is_a_candidate()
    {
        var candidate = Assert.Single(Find("Le directeur du port, M. Sékou Camara, a accueilli les navires."));

        Assert.Equal("Sékou Camara", candidate.Name);
    }

    [Fact]
    public void A_person_after_an_english_title_is_a_candidate()
    {
        var candidate = Assert.Single(Find("\"We are ready,\" said Defence Minister General Ousmane Diallo on Monday."));

        Assert.Equal(("person", "Ousmane Diallo"), (candidate.Kind, candidate.Name));
    }
}
