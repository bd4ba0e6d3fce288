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
