using System.Globalization;

namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

/// <summary>What a page's extraction gave: an article, or why there is none.</summary>
public abstract record ExtractionResult;

public sealed record ArticleExtracted(ExtractedArticle Article) : ExtractionResult;

public sealed record ExtractionFailed(string Reason) : ExtractionResult;

/// <summary>
/// Sizes a page up before reading it: a page within the reader's limits goes to the article finder, one past them
/// gets the plain reading, one past the hard limits is refused with its reason. Runs inside the extractor process.
/// </summary>
public sealed class BoundedExtraction(PageExtractionOptions limits, HtmlArticleExtractor extractor)
{
    public ExtractionResult Extract(string html, Uri pageUrl)
    {
        var shape = MarkupShape.Of(html, limits.MaxDepth, limits.MaxElements);
        if (shape.Depth > limits.MaxDepth)
            return new ExtractionFailed($"its elements nest more than {Figure(limits.MaxDepth)} deep (Ingestion:Extraction:MaxDepth); no article is written so");
        if (shape.Elements > limits.MaxElements)
            return new ExtractionFailed($"it has more than {Figure(limits.MaxElements)} elements (Ingestion:Extraction:MaxElements)");
        if (shape.Depth > limits.ReaderMaxDepth || shape.Elements > limits.ReaderMaxElements)
        {
            var plain = PlainTextReading.Read(html);
            return new ArticleExtracted(plain with { Reading = $"plain text: {Figure(shape.Elements)} elements, {Figure(shape.Depth)} deep, past the article finder's limits" });
        }

        return new ArticleExtracted(extractor.Extract(html, pageUrl));
    }

    private static string Figure(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
