using System.Xml;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Http;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>Polls one feed with a conditional GET and reads its entries. Touches neither the feed nor the database.</summary>
public sealed class FeedReader(HttpDownloader downloader, IOptions<FetchingOptions> options)
{
    private const string FeedMediaTypes = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    public async Task<FeedReadResult> ReadAsync(Feed feed, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(feed.Url?.Trim(), UriKind.Absolute, out var address))
            return new FeedFailed(new FetchFailure(FetchFailureKind.InvalidUrl, $"« {feed.Url} » is not a web address."));

        // Feeds' Content-Type is too often wrong (text/html, text/plain) to refuse one on it: the XML decides.
        var request = new DownloadRequest(address, options.Value.MaxFeedBytes, FeedMediaTypes)
        {
            IfNoneMatch = feed.ETag,
            IfModifiedSince = feed.LastModified,
        };
        switch (await downloader.GetAsync(request, cancellationToken))
        {
            case DownloadFailed failed:
                return new FeedFailed(failed.Failure);
            case Downloaded { NotModified: true } notModified:
                return new FeedNotModified(notModified.ETag, notModified.LastModified);
            case Downloaded downloaded:
                try
                {
                    var (title, entries) = FeedParser.Parse(downloaded.Body, downloaded.Charset, downloaded.FinalUrl);
                    return new FeedUpdated(downloaded.FinalUrl, title, entries, downloaded.ETag, downloaded.LastModified);
                }
                catch (XmlException e)
                {
                    return new FeedFailed(new FetchFailure(FetchFailureKind.Malformed, $"{downloaded.FinalUrl} is not well-formed XML: {e.Message}"));
                }
                catch (NotAFeedException e)
                {
                    return new FeedFailed(new FetchFailure(FetchFailureKind.NotAFeed, $"{downloaded.FinalUrl} is not a feed: {e.Message}"));
                }

            default:
                throw new InvalidOperationException("Unknown download result.");
        }
    }
}
