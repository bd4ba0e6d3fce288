using MaliRussiaTracker.Ingestion.Http;

namespace MaliRussiaTracker.Ingestion.Feeds;

/// <summary>One item of a feed. <see cref="Id"/> is its guid or id, else its link: what says "seen before".</summary>
public sealed record FeedEntry(string Id, Uri? Link, string? Title, DateTimeOffset? Published, string? Author, string? SummaryHtml, string? ContentHtml);

/// <summary>What one poll of a feed gave: <see cref="FeedNotModified"/>, <see cref="FeedUpdated"/> or <see cref="FeedFailed"/>.</summary>
public abstract record FeedReadResult;

/// <summary>304: nothing new. The validators are the server's fresh ones when it sent any, else null.</summary>
public sealed record FeedNotModified(string? ETag, string? LastModified) : FeedReadResult;

/// <summary>The feed as it is now, its entries in the feed's order, and the validators for the next conditional GET.</summary>
public sealed record FeedUpdated(Uri FinalUrl, string? Title, IReadOnlyList<FeedEntry> Entries, string? ETag, string? LastModified) : FeedReadResult;

public sealed record FeedFailed(FetchFailure Failure) : FeedReadResult;
