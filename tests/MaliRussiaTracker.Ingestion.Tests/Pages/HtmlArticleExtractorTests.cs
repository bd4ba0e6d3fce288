using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Testing.Http;

namespace MaliRussiaTracker.Ingestion.Tests.Pages;

public sealed class HtmlArticleExtractorTests
{
    private static readonly Uri PageUrl = new("https://sahel-hebdo.example/international/mali-russie");

    private static string FrenchNewsPage => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "french-news-page.html"));

    [Fact]
    public void The_article_of_a_news_page_is_its_paragraphs_in_order_a_line_each()
    {
        var article = new HtmlArticleExtractor().Extract(FrenchNewsPage, PageUrl);

        var lines = article.Text.Split('\n');
        Assert.Equal("Moscou a annoncé, jeudi 3 avril 2025, une intensification de sa coopération militaire avec le Mali. Cette déclaration a été faite par le ministre russe des Affaires étrangères, Sergueï Lavrov, lors d’une rencontre à Moscou avec son homologue malien, Abdoulaye Diop.", lines[0]);
        Assert.Equal("« Nos militaires coopèrent de manière active avec les militaires du Mali, notamment en les formant », a affirmé M. Lavrov, sans toutefois préciser l’ampleur exacte de cette collaboration.", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("Le Mali, aux côtés du Burkina Faso", StringComparison.Ordinal));
        Assert.EndsWith("invité son homologue à Bamako avant la fin de l’année.", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accueil")]
    [InlineData("Politique")]
    [InlineData("Rechercher")]
    [InlineData("Partager sur Facebook")]
    [InlineData("Niger : la junte suspend")]
    [InlineData("Lire aussi")]
    [InlineData("la transition prolongée")]
    [InlineData("Les plus lus")]
    [InlineData("commentaires")]
    [InlineData("Tous droits réservés")]
    [InlineData("Mentions légales")]
    [InlineData("dataLayer")]
    public void Navigation_related_links_comments_and_footer_are_left_out(string furniture)
    {
        var article = new HtmlArticleExtractor().Extract(FrenchNewsPage, PageUrl);

        Assert.DoesNotContain(furniture, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_date_author_outlet_and_language_come_from_the_markup()
    {
        var article = new HtmlArticleExtractor().Extract(FrenchNewsPage, PageUrl);

        Assert.Equal("Mali : Bamako et Moscou renforcent leur coopération militaire", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 18, 45, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Aminata Traoré", article.Author);
        Assert.Equal("Le Sahel Hebdo", article.SiteName);
        Assert.Equal("fr", article.Language);
    }

    [Fact]
    public void The_date_is_read_from_json_ld_when_no_meta_gives_it()
    {
        var html = Page("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-02-11T08:30:00+01:00"}]}</script>""", "");

        var article = new HtmlArticleExtractor().Extract(html, PageUrl);

        Assert.Equal(new DateTimeOffset(2025, 2, 11, 8, 30, 0, TimeSpan.FromHours(1)), article.Published);
    }

    [Fact]
    public void The_date_is_read_from_a_time_element_when_nothing_else_gives_it()
    {
        var html = Page("", """<time datetime="2024-11-12">12 novembre 2024</time>""");

        var article = new HtmlArticleExtractor().Extract(html, PageUrl);

        Assert.Equal(new DateTimeOffset(2024, 11, 12, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void A_page_without_any_date_has_none()
    {
        var article = new HtmlArticleExtractor().Extract(Page("", ""), PageUrl);

        Assert.Null(article.Published);
    }

    [Fact]
    public void A_short_brief_that_readability_does_not_trust_still_gives_its_text()
    {
        var article = new HtmlArticleExtractor().Extract("<html><body><p>Bamako, 4 avril. Une délégation russe est arrivée.</p></body></html>", PageUrl);

        Assert.Equal("Bamako, 4 avril. Une délégation russe est arrivée.", article.Text);
    }

    [Theory]
    [InlineData("<![CDATA[{0}]]>")]
    [InlineData("//<![CDATA[\n{0}\n//]]>")]
    public void A_date_in_json_ld_wrapped_in_cdata_is_read(string wrapper)
    {
        var jsonLd = string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, "{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-04-03T09:30:00+00:00\"}");

        var article = new HtmlArticleExtractor().Extract(Page($"<script type=\"application/ld+json\">{jsonLd}</script>", ""), PageUrl);

        Assert.Equal(new DateTimeOffset(2025, 4, 3, 9, 30, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public async Task Extraction_fetches_nothing_the_page_refers_to()
    {
        await using var server = await LoopbackServer.StartAsync();
        var html = FrenchNewsPage.Replace("href=\"/assets/site.css\"", $"href=\"{server.Url("/site.css")}\"", StringComparison.Ordinal)
            .Replace("src=\"/pixel.gif\"", $"src=\"{server.Url("/pixel.gif")}\"", StringComparison.Ordinal)
            .Replace("src=\"/assets/app.js\"", $"src=\"{server.Url("/app.js")}\"", StringComparison.Ordinal)
            .Replace("<p>Les deux ministres", $"<p><img src=\"{server.Url("/photo.jpg")}\"><iframe src=\"{server.Url("/video")}\"></iframe>Les deux ministres", StringComparison.Ordinal);

        var article = new HtmlArticleExtractor().Extract(html, new Uri(server.BaseUri, "/article"));
        // Loading, had any been started, would have reached the server by now.
        await Task.Delay(200);

        Assert.Contains("Les deux ministres", article.Text, StringComparison.Ordinal);
        Assert.Empty(server.Received);
    }

    private static string Page(string head, string beforeText) =>
        $"<html><head><title>Coopération</title>{head}</head><body><article><h1>Coopération</h1>{beforeText}"
        + string.Concat(Enumerable.Repeat("<p>Le Mali et la Russie ont signé plusieurs accords de défense ces dernières années, portant sur la formation, l’équipement et le renseignement.</p>", 4))
        + "</article></body></html>";
}
