using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Core.Tests.Analysis.Bylines;

namespace MaliRussiaTracker.Core.Tests.Analysis.Furniture;

public class TitleSuffixTests
{
    private const string Body = "\nLe ministre de la Défense a reçu mardi à Bamako deux hélicoptères de transport livrés par la Russie.";

    [Theory]
    [InlineData("Le Mali reçoit deux hélicoptères russes - Le Journal du Sahel", "Le Journal du Sahel")]
    [InlineData("Le Mali reçoit deux hélicoptères russes | Radio Kayes", "Radio Kayes")]
    [InlineData("Mali receives two Russian helicopters – Voice of the Sahel", "Voice of the Sahel")]
    [InlineData("Le Mali reçoit deux hélicoptères russes — kayesinfo.ml", "kayesinfo.ml")]
    public void A_site_name_after_the_title_is_the_outlet(string title, string outlet)
    {
        Assert.Equal(outlet, BylineReaderTests.Read(title + Body).Outlet);
    }

    [Theory]
    [InlineData("Le Mali reçoit deux hélicoptères russes - 21 novembre 2024")]
    [InlineData("Coopération Russie-Mali : deux hélicoptères livrés à Bamako")]
    [InlineData("Le Mali reçoit deux hélicoptères - ils viennent de Russie")]
    [InlineData("Deux hélicoptères livrés à Bamako - Lavrov salue une coopération exemplaire")]
    [InlineData("Hélicoptères - Le Mali dit merci à la Russie")]
    [InlineData("Axe Bamako – Moscou : le président au sommet Russie – Afrique de Saint-Pétersbourg")]
    public void A_title_that_ends_on_its_own_words_names_no_outlet(string title)
    {
        Assert.Null(BylineReaderTests.Read(title + Body).Outlet);
    }

    [Fact]
    public void The_names_in_a_site_name_are_not_the_news()
    {
        var analysis = new ArticleAnalyzer(KnownWorld.LoadEmbedded()).Analyze("page.txt",
            "Deux hélicoptères de transport livrés à Bamako - Le Journal du Niger"
            + "\nLe ministre de la Défense a reçu mardi à Bamako deux hélicoptères de transport livrés par la Russie.");

        Assert.Equal("Le Journal du Niger", analysis.Outlet);
        Assert.DoesNotContain(analysis.Mentions, m => m.Slug == "niger");
        Assert.Contains(analysis.Furniture, b => b.Kind == FurnitureKinds.SiteName);
    }
}
