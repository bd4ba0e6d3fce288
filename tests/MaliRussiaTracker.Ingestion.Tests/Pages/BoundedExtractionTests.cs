using System.Text;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Tests.Pages;

public sealed class BoundedExtractionTests
{
    private static readonly Uri PageUrl = new("https://journal.example/article");

    private const string Lead = "Le colonel Assimi Goïta a reçu une délégation russe à Koulouba pour parler de la coopération militaire.";

    internal static string Nested(int depth, string tag = "div") =>
        new StringBuilder("<!DOCTYPE html><html><head><title>Profond</title></head><body>")
            .Append(string.Concat(Enumerable.Repeat($"<{tag}>", depth)))
            .Append($"<p>{Lead}</p>")
            .Append(string.Concat(Enumerable.Repeat($"</{tag}>", depth)))
            .Append("</body></html>").ToString();

    [Fact]
    public void A_page_nested_100000_deep_is_refused_with_its_reason()
    {
        var result = new BoundedExtraction(new PageExtractionOptions(), new HtmlArticleExtractor()).Extract(Nested(100_000), PageUrl);

        var failed = Assert.IsType<ExtractionFailed>(result);
        Assert.Contains("nest more than 5,000 deep", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_past_the_finders_limit_is_read_as_plain_text_with_its_words()
    {
        var result = new BoundedExtraction(new PageExtractionOptions(), new HtmlArticleExtractor()).Extract(Nested(1_000), PageUrl);

        var article = Assert.IsType<ArticleExtracted>(result).Article;
        Assert.Equal(Lead, article.Text);
        Assert.Equal("Profond", article.Title);
        Assert.StartsWith("plain text: ", article.Reading, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plain_reading_leaves_out_scripts_styles_and_comments_and_keeps_a_line_per_block()
    {
        var html = "<html><head><style>p{color:red}</style><script>var a = '<p>non</p>';</script></head><body><!-- <p>caché</p> -->"
            + "<nav>Accueil</nav><p>Première&nbsp;phrase &eacute;crite.</p><p>Seconde<br>ligne &amp; fin</p><svg><text>dessin</text></svg></body></html>";

        var article = PlainTextReading.Read(html);

        Assert.Equal("Accueil\nPremière\u00A0phrase écrite.\nSeconde\nligne & fin", article.Text);
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_do_not_count_as_depth()
    {
        var html = "<body><ul>" + string.Concat(Enumerable.Repeat("<li><p>point", 10_000)) + "</ul></body>";

        Assert.True(MarkupShape.Of(html).Depth < 10);
    }

    [Fact]
    public void The_finders_own_walk_reads_a_tree_deeper_than_a_recursive_walk_could()
    {
        var html = Nested(30_000, "span");
        var document = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions()).ParseDocument(html);

        // On a thread with a small stack, where one frame per level would overflow long before 30,000.
        string? text = null;
        var thread = new Thread(() => text = HtmlArticleExtractor.ToText(document.Body), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(Lead, text);
    }

    [Fact]
    public async Task A_page_the_article_finder_cannot_finish_within_the_budget_fails_alone_and_the_next_page_is_read()
    {
        // Limits opened wide, so the deep page reaches the article finder, whose cost grows with the depth.
        var options = new PageExtractionOptions { ReaderMaxDepth = 100_000, MaxDepth = 1_000_000, TimeBudget = TimeSpan.FromSeconds(2), Processes = 1 };
        using var extractors = new ExtractorProcesses(Options.Create(options), TimeProvider.System, NullLogger<ExtractorProcesses>.Instance);

        var slow = await extractors.ExtractAsync(Nested(20_000), PageUrl, CancellationToken.None);
        var next = await extractors.ExtractAsync($"<html><body><article><p>{Lead}</p><p>{Lead}</p></article></body></html>", PageUrl, CancellationToken.None);

        var failed = Assert.IsType<ExtractionFailed>(slow);
        Assert.True(failed.Reason.Contains("TimeBudget", StringComparison.Ordinal) || failed.Reason.Contains("ended the extractor process", StringComparison.Ordinal), failed.Reason);
        Assert.True(next is ArticleExtracted, (next as ExtractionFailed)?.Reason);
        Assert.Contains("Koulouba", ((ArticleExtracted)next).Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_read_in_the_extractor_process_gives_the_same_article_as_in_this_one()
    {
        var html = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "french-news-page.html"));
        using var extractors = new ExtractorProcesses(Options.Create(new PageExtractionOptions()), TimeProvider.System, NullLogger<ExtractorProcesses>.Instance);

        var isolated = Assert.IsType<ArticleExtracted>(await extractors.ExtractAsync(html, PageUrl, CancellationToken.None)).Article;

        Assert.Equal(new HtmlArticleExtractor().Extract(html, PageUrl), isolated);
    }
}
