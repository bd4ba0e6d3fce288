using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Relevance;

namespace MaliRussiaTracker.Core.Tests.Analysis.Relevance;

public class RelevanceScorerTests
{
    [Fact]
    public void An_article_on_russian_military_aid_to_niger_is_relevant()
    {
        const string text = """
            Niamey a reçu mercredi un nouveau lot d'équipements militaires livrés par la Russie. Les autorités
            nigériennes affirment que ces armes renforceront la défense du pays face aux groupes terroristes.
            Des instructeurs russes formeront les soldats nigériens pendant six mois, selon le ministère de la Défense.
            Moscou et Niamey ont signé l'an dernier un accord de coopération militaire.
            """;

        var verdict = RelevanceScorer.Score(FoldedText.Fold(text));

        Assert.True(verdict.IsRelevant, $"score {verdict.Score}");
    }

    [Fact]
    public void A_french_article_on_another_subject_is_not_relevant()
    {
        const string text = """
            Le club de football de Lyon a battu Marseille dimanche soir au terme d'un match serré. L'entraîneur a
            salué l'engagement de ses joueurs et la ferveur des supporters. Le prochain match se jouera à Lille,
            où l'équipe espère confirmer sa remontée au classement avant la trêve hivernale.
            """;

        var verdict = RelevanceScorer.Score(FoldedText.Fold(text));

        Assert.False(verdict.IsRelevant);
        Assert.True(verdict.Score < 0.2);
    }

    [Fact]
    public void A_sahel_article_without_russia_is_not_relevant()
    {
        const string text = """
            Le Mali lance une campagne de vaccination dans la région de Ségou. Le ministre de la Santé a visité
            les centres de Bamako et appelé les familles à faire vacciner les enfants avant la saison des pluies.
            """;

        Assert.False(RelevanceScorer.Score(FoldedText.Fold(text)).IsRelevant);
    }
}
