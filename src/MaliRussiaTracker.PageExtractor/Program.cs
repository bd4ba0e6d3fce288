using System.Text.Json;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Ingestion.Pages.Extraction;

// Reads pages from standard input and answers each on standard output (ExtractorProtocol), one at a time, until the
// app closes its end. The limits come as the first argument, as JSON.
var limits = args.Length > 0 ? JsonSerializer.Deserialize<PageExtractionOptions>(args[0]) ?? new() : new PageExtractionOptions();
var extraction = new BoundedExtraction(limits, new HtmlArticleExtractor());
await using var input = Console.OpenStandardInput();
await using var output = Console.OpenStandardOutput();
// Standard output carries the protocol only: whatever a library might print goes nowhere.
Console.SetOut(TextWriter.Null);

// Warmed up before saying ready, so the app's time budget for a page is not spent loading the article finder.
extraction.Extract("<html><head><title>t</title></head><body><article><p>Un paragraphe d'essai, assez long pour être lu.</p></article></body></html>", new Uri("https://warm.up/"));
await ExtractorProtocol.WriteAsync(output, new ExtractionReply(null, "ready"), CancellationToken.None);

while (await ExtractorProtocol.ReadAsync<ExtractionRequest>(input, CancellationToken.None) is { } request)
{
    ExtractionReply reply;
    try
    {
        reply = Uri.TryCreate(request.Url, UriKind.Absolute, out var url)
            ? Run(() => extraction.Extract(request.Html, url)) switch
            {
                ArticleExtracted extracted => new ExtractionReply(extracted.Article, null),
                ExtractionFailed failed => new ExtractionReply(null, failed.Reason),
                _ => new ExtractionReply(null, "the extraction gave nothing it knows"),
            }
            : new ExtractionReply(null, $"« {request.Url} » is not an absolute address");
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        reply = new ExtractionReply(null, $"its extraction failed: {e.GetType().Name}: {e.Message}");
    }

    await ExtractorProtocol.WriteAsync(output, reply, CancellationToken.None);
}

// On a thread with a deep stack: the limits keep the finder's recursion far from the default 1.5 MB, and this margin
// keeps a page just under them from costing the process.
static ExtractionResult Run(Func<ExtractionResult> extract)
{
    ExtractionResult? result = null;
    Exception? failure = null;
    var thread = new Thread(() =>
    {
        try
        {
            result = extract();
        }
        catch (Exception e)
        {
            failure = e;
        }
    }, maxStackSize: 256 * 1024 * 1024);
    thread.Start();
    thread.Join();
    if (failure is not null)
        throw new InvalidOperationException(failure.Message, failure);
    return result!;
}
