using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Furniture;

public class FurnitureSplitterTests
{
    private const string Body = """
        Le ministre a inauguré mardi le nouveau pont de Kayes, attendu depuis dix ans par les habitants.
        Les travaux ont coûté plusieurs milliards de francs CFA et ont mobilisé des centaines d'ouvriers.
        La circulation reprendra normalement dès la semaine prochaine, selon la mairie.
        Les commerçants saluent un ouvrage qui désenclave toute la région.
        """;

    [Fact]
    public void Splits_off_teasers_the_authors_other_articles_and_the_subscription_notice_at_the_end()
    {
        var text = Body + """

            Lire aussi : Sikasso : la foire agricole ouvre ses portes

            Les exposants venus de toute la région présentent leurs récoltes..

            Les articles de l'auteur

            Chronique : le prix du mil s'envole

            Par Jean Traoré

            Publié jeudi 4 septembre 2025 à 09:12

            Cet espace est réservé aux abonnés.
            Abonnez-vous pour commenter.
            """;

        var split = FurnitureSplitter.Split(FoldedText.Of(text));

        Assert.Equal([FurnitureKinds.RelatedArticles, FurnitureKinds.AuthorArticles, FurnitureKinds.Subscription], split.Blocks.Select(b => b.Kind));
        Assert.StartsWith("Lire aussi", split.Blocks[0].TextIn(text), StringComparison.Ordinal);
        Assert.DoesNotContain("foire", split.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("2025", split.Content, StringComparison.Ordinal);
        Assert.Contains("pont de Kayes", split.Content, StringComparison.Ordinal);
        Assert.Equal(text.Length, split.Content.Length);
    }

    [Fact]
    public void A_teaser_line_early_in_the_article_is_removed_alone()
    {
        var text = "Le marché de Mopti rouvre ce matin.\nLire aussi : la crue du Niger inquiète\n" + Body;

        var split = FurnitureSplitter.Split(FoldedText.Of(text));

        var block = Assert.Single(split.Blocks);
        Assert.Equal("Lire aussi : la crue du Niger inquiète", block.TextIn(text));
        Assert.Contains("pont de Kayes", split.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_teaser_in_the_middle_of_a_long_article_takes_its_title_and_leaves_the_article_after_it()
    {
        var text = Body + Body + "\nLire aussi :\nKoulikoro : la digue cède\n" + Body + Body;

        var split = FurnitureSplitter.Split(FoldedText.Of(text));

        var block = Assert.Single(split.Blocks);
        Assert.Equal("Lire aussi :\nKoulikoro : la digue cède", block.TextIn(text));
        Assert.EndsWith("toute la région.", split.Content.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editor_lines_and_error_report_notices_are_furniture()
    {
        var text = "Rédigé hier.\nÉdité par : Иван Петров\n" + Body + "\nVous avez trouvé une erreur ? Signalez-la.\nNous étudierons vos commentaires rapidement.";

        var split = FurnitureSplitter.Split(FoldedText.Of(text));

        Assert.Equal([FurnitureKinds.EditorLine, FurnitureKinds.ErrorReport, FurnitureKinds.ErrorReport], split.Blocks.Select(b => b.Kind));
        Assert.DoesNotContain("Петров", split.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_buttons_tags_and_a_comments_section_are_furniture()
    {
        var text = "Facebook\nTwitter\n" + Body + "\nTags : Kayes, pont, infrastructures\n\nCommentaires (2)\nAwa : enfin !\nMoussa : bravo aux ouvriers.";

        var split = FurnitureSplitter.Split(FoldedText.Of(text));

        Assert.Equal([FurnitureKinds.Sharing, FurnitureKinds.Sharing, FurnitureKinds.Tags, FurnitureKinds.Comments], split.Blocks.Select(b => b.Kind));
        Assert.DoesNotContain("bravo", split.Content, StringComparison.Ordinal);
    }
}

public class RealPageFurnitureTests
{
    private const string Body = """
        Le ministre a inauguré mardi la nouvelle piste de l'aéroport de Sévaré, attendue depuis dix ans.
        Les travaux ont mobilisé des centaines d'ouvriers venus de toute la région de Mopti.
        Les compagnies pourront y poser des avions plus lourds dès le mois prochain, selon la direction.
        Les commerçants de la ville saluent un ouvrage qui désenclave le centre du pays.
        """;

    private static SplitText Split(string text) => FurnitureSplitter.Split(FoldedText.Of(text));

    [Fact]
    public void A_list_of_videos_with_their_durations_ends_the_page()
    {
        var split = Split(Body + "\n01:48\nLe Ghana inaugure un nouveau port en eau profonde\n02:10\nLa Namibie vote une loi sur le lithium\n");

        Assert.DoesNotContain("Ghana", split.Content, StringComparison.Ordinal);
        Assert.Contains(FurnitureKinds.Videos, split.Blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("3703 Vues", FurnitureKinds.Counters)]
    [InlineData("0 Commentaire(s)", FurnitureKinds.Counters)]
    [InlineData("Il y a 1 an", FurnitureKinds.Widget)]
    [InlineData("Mopti 34°C", FurnitureKinds.Widget)]
    [InlineData("LA SUITE APRÈS LA PUBLICITÉ", FurnitureKinds.Advertising)]
    [InlineData("Nous utilisons des cookies pour améliorer votre expérience.", FurnitureKinds.Cookies)]
    [InlineData("Avec AFP", FurnitureKinds.AgencyNotice)]
    [InlineData("Vue de la piste / Photo: Studio Sévaré", FurnitureKinds.Credit)]
    [InlineData("RESTEZ CONNECTÉ", FurnitureKinds.Subscription)]
    [InlineData("- Le Ghana inaugure un nouveau port en eau profonde - 21 novembre 2024", FurnitureKinds.RelatedArticles)]
    public void Marks_the_lines_real_pages_add(string line, string kind)
    {
        var split = Split(line + "\n" + Body);

        Assert.Equal(kind, Assert.Single(split.Blocks).Kind);
        Assert.Contains("Sévaré", split.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_after_a_caption_is_set_aside_and_the_caption_kept()
    {
        var text = Body + "\nLe ministre devant la nouvelle piste, le 3 mars 2026. © Ousmane Kanté/Agence Sahel Images\n" + Body;
        var split = Split(text);

        Assert.DoesNotContain("Kanté", split.Content, StringComparison.Ordinal);
        Assert.Contains("le 3 mars 2026", split.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mis_decoded_line_is_set_aside()
    {
        var split = Split(Body + "\nLe ministre a dÃ©clarÃ© que lâ€™aÃ©roport rouvrira.\n" + Body);

        Assert.Equal(FurnitureKinds.Mojibake, Assert.Single(split.Blocks).Kind);
    }

    [Fact]
    public void A_teaser_poll_at_the_end_is_set_aside_with_its_dates()
    {
        var split = Split(Body + "\nSONDAGE\n\nGhana : 2025, l'année du lithium ?\n");

        Assert.DoesNotContain("2025", split.Content, StringComparison.Ordinal);
    }
}
