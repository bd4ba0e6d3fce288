using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;
using Microsoft.Extensions.Time.Testing;

namespace MaliRussiaTracker.Core.Tests.Analysis;

public class ArticleAnalyzerTests
{
    private static readonly ArticleAnalyzer Analyzer = new(KnownWorld.LoadEmbedded(), new FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void An_english_article_is_english_and_its_actors_are_still_found()
    {
        var analysis = Analyzer.Analyze("en.txt", """
            Russia's foreign minister Sergei Lavrov met his Malian counterpart Abdoulaye Diop in Moscow on Thursday.
            The two men discussed military cooperation, the training of Malian troops and the delivery of helicopters,
            while the Alliance of Sahel States seeks new partners after leaving ECOWAS.
            """);

        Assert.Equal("en", analysis.Language);
        Assert.Contains("sergei-lavrov", analysis.Actors);
        Assert.Contains("cedeao", analysis.Actors);
        Assert.Contains("moscou", analysis.Places);
    }

    [Fact]
    public void A_french_article_on_another_subject_is_not_relevant_and_links_no_event()
    {
        var analysis = Analyzer.Analyze("sport.txt", """
            Publié le lundi 23 juin 2025 à 18:00
            Le club de Bamako a remporté la coupe nationale dimanche 22 juin 2025 face à Sikasso. L'entraîneur a
            salué « une victoire construite sur le travail de toute une saison ». Les supporters ont fêté le titre
            jusque tard dans la nuit, et la fédération promet une réception officielle au stade.
            """);

        Assert.Equal("fr", analysis.Language);
        Assert.False(analysis.Relevant);
        Assert.Empty(analysis.Events);
        Assert.Equal("2025-06-22", analysis.MainDate.ToString());
    }

    [Fact]
    public void A_wire_is_about_the_day_the_lead_after_its_dateline_gives()
    {
        var analysis = Analyzer.Analyze("wire.txt", """
            NIAMEY, 12 mars 2025 (Agence) – Le Niger a reçu lundi un lot de blindés russes destinés aux unités engagées dans la région de Tillabéri, a-t-on appris de source militaire.
            Les véhicules ont été présentés aux officiers nigériens lors d'une cérémonie sur la base aérienne de la capitale.
            """);

        Assert.Equal(new DateOnly(2025, 3, 12), analysis.Published);
        Assert.Equal("2025-03-10", analysis.MainDate.ToString());
    }

    [Fact]
    public void A_report_is_about_the_day_its_opening_gives_in_the_week_before_publication()
    {
        var analysis = Analyzer.Analyze("report.txt", """
            Publié le mercredi 5 mars 2025 à 09:00
            Le président malien, Assimi Goïta, a reçu mardi à Koulouba une délégation russe conduite par le vice-ministre de la Défense.
            Les deux parties ont évoqué la livraison d'hélicoptères et la formation de pilotes maliens par des instructeurs russes.
            """);

        Assert.Equal(new DateOnly(2025, 3, 5), analysis.Published);
        Assert.Equal("2025-03-04", analysis.MainDate.ToString());
    }

    [Fact]
    public void A_long_opening_sentence_leaves_the_day_to_the_next_sentence_of_the_lead()
    {
        var analysis = Analyzer.Analyze("long-lead.txt", """
            Publié le vendredi 14 mars 2025 à 10:00
            Le chef d'état-major des armées du Burkina Faso a conduit une délégation d'officiers supérieurs auprès de ses homologues russes, chargés de la formation, de la logistique et du renseignement, afin de préparer l'arrivée d'un nouveau contingent d'instructeurs et la livraison d'équipements promis de longue date par Moscou aux pays de l'Alliance des États du Sahel, qui font face depuis plusieurs années à des attaques répétées de groupes armés dans leurs zones frontalières.
            Les deux parties ont signé jeudi, selon un communiqué de l'état-major, une feuille de route pour l'année.
            """);

        Assert.Equal("2025-03-13", analysis.MainDate.ToString());
    }

    [Fact]
    public void An_undated_article_s_year_less_days_take_the_year_of_their_own_sentence_and_no_other()
    {
        var analysis = Analyzer.Analyze("undated.txt", """
            L'ambassadeur a rappelé que l'année 2023 avait été marquée par la visite du ministre à Moscou, du 12 au 14 juin.
            Il a aussi annoncé que les bourses seraient versées le 3 mars, sans préciser l'année.
            """);

        Assert.Contains(analysis.DatedFacts, f => f.Date.ToString() == "2023-06-12/2023-06-14");
        Assert.DoesNotContain(analysis.DatedFacts, f => f.Text.Contains("3 mars", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_without_a_date_of_its_own_is_about_the_day_its_lead_gives_in_its_storys_month()
    {
        var reading = Analyzer.Read("story-member.txt", """
            Le Niger inaugure un centre de formation russe
            Le centre de formation des pilotes a ouvert ses portes ce mardi 17 décembre à Niamey, en présence d'instructeurs russes et du ministre nigérien de la Défense.
            """u8.ToArray());

        var analysis = Analyzer.Complete(reading, MaliRussiaTracker.Core.Domain.PartialDate.OfMonth(2024, 12));

        Assert.Equal("2024-12-17", analysis.MainDate.ToString());
        Assert.Equal("lead", analysis.MainDateSource);
    }

    [Fact]
    public void A_publication_date_after_today_is_not_believed()
    {
        var analysis = Analyzer.Analyze("future.txt", "Publié le mardi 3 mars 2026 à 10:00\nLe marché de Kayes rouvre après les travaux de la saison.");

        Assert.Null(analysis.Published);
    }
}
