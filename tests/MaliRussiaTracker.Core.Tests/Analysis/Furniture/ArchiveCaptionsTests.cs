using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Furniture;

public class ArchiveCaptionsTests
{
    private static readonly ArticleAnalyzer Analyzer = new(KnownWorld.LoadEmbedded());

    private static ArticleAnalysis Page(string caption) => Analyzer.Analyze("page.txt", $"""
        Publié le samedi 1 mars 2025
        Le Niger reçoit un lot de blindés russes
        {caption}
        Un navire a déchargé vendredi au port de Lomé un lot de véhicules blindés destinés à l'armée nigérienne, qui les
        acheminera par la route jusqu'à Niamey, selon le ministère de la Défense.
        """);

    [Fact]
    public void A_caption_that_dates_its_picture_weeks_before_the_page_is_set_aside_with_its_names_and_date()
    {
        var analysis = Page("Abdoulaye Diop (à gauche) et Sergueï Lavrov lors d'une rencontre à Moscou le 4 avril 2024. Ministère russe des Affaires étrangères / Sputnik");

        Assert.Contains(analysis.Furniture, b => b.Kind == FurnitureKinds.ArchiveCaption);
        Assert.DoesNotContain(analysis.Mentions, m => m.Slug == "sergei-lavrov");
        Assert.DoesNotContain(analysis.DatedFacts, f => f.Date.ToString() == "2024-04-04");
    }

    [Fact]
    public void A_caption_of_the_page_s_own_days_is_content()
    {
        var analysis = Page("Abdoulaye Diop (à gauche) et Sergueï Lavrov lors d'une rencontre à Moscou le 27 février 2025. Ministère russe des Affaires étrangères / Sputnik");

        Assert.DoesNotContain(analysis.Furniture, b => b.Kind == FurnitureKinds.ArchiveCaption);
        Assert.Contains(analysis.Mentions, m => m.Slug == "sergei-lavrov");
    }

    [Fact]
    public void An_old_date_in_a_line_that_is_no_caption_is_content()
    {
        var analysis = Page("Sergueï Lavrov avait déjà promis ces blindés à Moscou le 4 avril 2024, devant son homologue nigérien.");

        Assert.DoesNotContain(analysis.Furniture, b => b.Kind == FurnitureKinds.ArchiveCaption);
        Assert.Contains(analysis.Mentions, m => m.Slug == "sergei-lavrov");
    }
}
