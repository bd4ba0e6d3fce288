using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Pages;

/// <summary>Fetches one article page (from a feed entry or typed in by hand) and extracts its article.</summary>
public sealed class PageFetcher(HttpDownloader downloader, ExtractorProcesses extractors, IOptions<FetchingOptions> options)
{
    private static readonly HashSet<string> HtmlMediaTypes = new(StringComparer.OrdinalIgnoreCase) { "text/html", "application/xhtml+xml" };

    public async Task<PageFetchResult> FetchAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var address))
            return new PageFetchFailed(url ?? "", new FetchFailure(FetchFailureKind.InvalidUrl, $"« {url} » is not a web address."));

        var request = new DownloadRequest(address, options.Value.MaxPageBytes, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1") { MediaTypes = HtmlMediaTypes };
        switch (await downloader.GetAsync(request, cancellationToken))
        {
            case DownloadFailed failed:
                return new PageFetchFailed(url!, failed.Failure);
            case Downloaded { NotModified: true } downloaded:
                // We never send validators for pages, so a 304 here is a server's mistake.
                return new PageFetchFailed(url!, new FetchFailure(FetchFailureKind.HttpStatus, $"{downloaded.FinalUrl} answered 304 (Not Modified) to a plain request.", 304));
            case Downloaded downloaded:
                var (html, encoding) = TextDecoder.DecodeDeclared(downloaded.Body, downloaded.Charset);
                if (downloaded.MediaType is null && !LooksLikeHtml(html))
                    return new PageFetchFailed(url!, new FetchFailure(FetchFailureKind.NotHtml, $"{downloaded.FinalUrl} says nothing of its type and does not look like HTML."));
                var extraction = await extractors.ExtractAsync(html, downloaded.FinalUrl, cancellationToken);
                if (extraction is not ArticleExtracted { Article: var article })
                    return new PageFetchFailed(url!, new FetchFailure(FetchFailureKind.Unreadable, $"{downloaded.FinalUrl} cannot be read: {(extraction as ExtractionFailed)?.Reason}."));
                if (string.IsNullOrWhiteSpace(article.Text))
                    return new PageFetchFailed(url!, new FetchFailure(FetchFailureKind.Empty, $"{downloaded.FinalUrl} has no text to read."));
                return new FetchedPage(url!, downloaded.FinalUrl, html, encoding, article);
            default:
                throw new InvalidOperationException("Unknown download result.");
        }
    }

    private static bool LooksLikeHtml(string text) => text.AsSpan().TrimStart().StartsWith("<");
}
