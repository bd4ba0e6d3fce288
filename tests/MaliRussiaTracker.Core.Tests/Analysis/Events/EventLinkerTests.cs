using MaliRussiaTracker.Core.Analysis;

namespace MaliRussiaTracker.Core.Tests.Analysis.Events;

public class EventLinkerTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestWorld.Build());

    // Events are linked in relevant articles only: the background ties Guinea's case to the Sahel's.
    internal const string Background = """
        Comme le Mali et le Niger avant elle, pays du Sahel, la Russie et la Guinée renforcent leur coopération militaire. Moscou fournit des armes et des instructeurs
        à l'armée guinéenne, et la défense du pays dépend de plus en plus de ce partenariat stratégique avec la Russie.
        Les soldats guinéens sont formés par des officiers russes, selon le ministère de la Défense à Conakry.
        """;

    [Fact]
    public void Links_a_known_event_by_its_date_its_people_and_its_words()
    {
        var analysis = Analyzer.Analyze("a.txt", "En septembre 2024, Irina Volkova a effectué une visite au camp Alpha Yaya, à Conakry.\n" + Background);

        Assert.Equal(["volkova-visit-2024-09"], analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void An_event_its_name_points_at_is_linked_undated_in_an_article_of_the_same_year()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le 20 juin 2025, à Conakry, le gouvernement a reçu des instructeurs russes. Le ministre a rappelé les promesses faites lors du défilé de la Victoire.\n" + Background);

        Assert.Contains("sylla-moscow-2025-05", analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void An_event_named_in_an_article_written_years_later_is_not_linked_by_its_name()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le 20 juin 2028, à Conakry, le gouvernement a reçu des instructeurs russes. Le ministre a rappelé les promesses faites lors du défilé de la Victoire.\n" + Background);

        Assert.DoesNotContain("sylla-moscow-2025-05", analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void An_event_named_with_another_year_in_its_sentence_is_another_edition()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le 20 juin 2025, à Conakry, le gouvernement a reçu des instructeurs russes. Le ministre a rappelé les promesses faites lors du défilé de la Victoire de 2020.\n" + Background);

        Assert.DoesNotContain("sylla-moscow-2025-05", analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void Does_not_link_a_known_event_from_another_date()
    {
        var analysis = Analyzer.Analyze("a.txt", "En mars 2023, Irina Volkova a effectué une visite au camp Alpha Yaya, à Conakry.\n" + Background);

        Assert.Empty(analysis.Events);
    }

    [Fact]
    public void Another_visit_to_the_same_place_in_the_same_month_is_not_the_known_event()
    {
        var analysis = Analyzer.Analyze("a.txt", "En septembre 2024, une délégation chinoise a effectué une visite à Conakry.\n" + Background);

        Assert.Empty(analysis.Events);
    }

    [Fact]
    public void A_dated_event_that_matches_none_is_a_candidate_titled_by_what_who_and_where()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le 4 février 2025, Amadou Koné a présidé la cérémonie de remise des drones à Conakry.\n" + Background);

        var candidate = Assert.Single(analysis.Candidates, c => c.Kind == "event");
        Assert.Equal("2025-02-04", candidate.Date);
        Assert.Equal("Cérémonie : Amadou Koné (Conakry)", candidate.Name);
        Assert.Contains("remise des drones", analysis.Reading.Content[candidate.Start..candidate.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Links_a_known_agreement_by_its_words_and_a_milestone_date()
    {
        var analysis = Analyzer.Analyze("a.txt", "En octobre 2024, la Guinée a signé avec Moscou un accord de formation : des instructeurs russes formeront ses officiers.\n" + Background);

        Assert.Equal(["guinea-russia-training"], analysis.Agreements.Select(a => a.Key));
    }

    // The same ties, without the agreement's other keywords, so only what the test sentence says can link it.
    private const string PlainBackground = """
        Comme le Mali et le Niger avant elle, pays du Sahel, la Guinée renforce sa coopération militaire avec la Russie.
        Moscou fournit des armes à l'armée guinéenne, et la défense du pays dépend de plus en plus de ce partenariat avec la Russie.
        """;

    [Fact]
    public void An_agreement_named_by_its_noun_and_one_keyword_is_linked_at_a_milestone_date()
    {
        var analysis = Analyzer.Analyze("a.txt", "En octobre 2024, Conakry et Moscou ont signé un protocole portant accord de formation militaire.\n" + PlainBackground);

        Assert.Equal(["guinea-russia-training"], analysis.Agreements.Select(a => a.Key));
    }

    [Fact]
    public void One_keyword_and_a_date_without_a_naming_noun_are_not_enough()
    {
        var analysis = Analyzer.Analyze("a.txt", "En octobre 2024, un accord de formation a été évoqué lors d'une visite à Conakry.\n" + PlainBackground);

        Assert.Empty(analysis.Agreements);
    }

    [Fact]
    public void Links_an_agreement_named_by_its_noun_and_the_year_of_a_milestone_told_with_its_word()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le protocole que la Russie et la Guinée ont signé en 2024 reste la base de leurs relations.\n" + Background);

        Assert.Equal(["guinea-russia-training"], analysis.Agreements.Select(a => a.Key));
    }

    [Fact]
    public void Does_not_link_an_agreement_by_a_year_on_which_none_of_its_milestones_falls()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le protocole que la Russie et la Guinée ont signé en 2023 reste la base de leurs relations.\n" + Background);

        Assert.Empty(analysis.Agreements);
    }

    [Fact]
    public void Does_not_link_an_agreement_by_its_year_without_the_milestones_word()
    {
        var analysis = Analyzer.Analyze("a.txt", "Le protocole de 2024 entre la Russie et la Guinée reste discret.\n" + Background);

        Assert.Empty(analysis.Agreements);
    }

    [Fact]
    public void Links_a_known_event_told_by_its_year_in_the_sentence_that_names_its_people_and_words()
    {
        var analysis = Analyzer.Analyze("a.txt", "En 2024, Irina Volkova avait effectué une visite remarquée au camp Alpha Yaya.\n" + Background);

        Assert.Equal(["volkova-visit-2024-09"], analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void A_year_in_another_sentence_than_the_events_signs_does_not_date_it()
    {
        var analysis = Analyzer.Analyze("a.txt", "En 2024, la coopération a beaucoup progressé. Irina Volkova a effectué une visite au camp Alpha Yaya.\n" + Background);

        Assert.DoesNotContain("volkova-visit-2024-09", analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void A_year_with_one_sign_of_the_event_is_not_enough()
    {
        var analysis = Analyzer.Analyze("a.txt", "En 2024, Irina Volkova a rencontré des étudiants de l'université de Conakry.\n" + Background);

        Assert.DoesNotContain("volkova-visit-2024-09", analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void An_agreement_named_by_its_noun_before_a_keyword_without_its_head_word_is_linked()
    {
        var analysis = Analyzer.Analyze("a.txt", "L'entrée en vigueur, en mars 2025, de l'accord technico-militaire a été saluée à Conakry.\n" + PlainBackground);

        Assert.Contains("guinea-russia-defence", analysis.Agreements.Select(a => a.Key));
    }

    [Fact]
    public void A_keywords_tail_far_from_the_agreements_noun_does_not_name_it()
    {
        var analysis = Analyzer.Analyze("a.txt", "En mars 2025, l'accord signé à Conakry prévoit une aide technico-militaire.\n" + PlainBackground);

        Assert.DoesNotContain("guinea-russia-defence", analysis.Agreements.Select(a => a.Key));
    }
}

public class UndatedEventTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestWorld.Build());

    [Fact]
    public void A_report_that_prints_no_date_is_dated_by_the_known_event_its_opening_tells()
    {
        var analysis = Analyzer.Analyze("a.txt", "Irina Volkova a effectué une visite au camp Alpha Yaya avec le ministre Amadou Koné. Les deux responsables ont parlé de la formation des officiers guinéens et des blindés que la Russie livrera.\n" + EventLinkerTests.Background);

        Assert.Equal("2024-09", analysis.MainDate.ToString());
        Assert.Contains("volkova-visit-2024-09", analysis.Events.Select(e => e.Key));
    }

    [Fact]
    public void An_event_recalled_after_the_opening_does_not_date_the_report()
    {
        var analysis = Analyzer.Analyze("a.txt", "Les paysans de Kindia attendent des semences et des engrais pour la saison des pluies, et les coopératives réclament des tracteurs. Les routes de la région restent difficiles. La récolte de riz sera décisive pour les prix. Les marchés de Kankan et de Labé manquent déjà de céréales, et les commerçants craignent une hausse des prix avant la fin de l'année. Les autorités régionales promettent des camions pour acheminer les sacs de semences vers les villages les plus éloignés. Les agronomes recommandent des variétés plus résistantes à la sécheresse, que les coopératives testent depuis deux saisons sur des parcelles pilotes. On se souvient qu'Irina Volkova avait effectué une visite au camp Alpha Yaya avec le ministre Amadou Koné.\n" + EventLinkerTests.Background);

        Assert.Null(analysis.MainDate);
    }

    [Fact]
    public void A_government_named_in_the_opening_is_not_a_word_of_the_event()
    {
        // « Moscou » is the place of one event: printed as the government that announced a call, it is no sign of it.
        var analysis = Analyzer.Analyze("a.txt", "Boubacar Sylla s'est entretenu au téléphone avec un haut responsable, a annoncé Moscou. Les deux hommes ont parlé du commerce du riz et des engrais.\n" + EventLinkerTests.Background);

        Assert.Null(analysis.MainDate);
    }
}
