namespace MaliRussiaTracker.Ingestion.Http;

public enum FetchFailureKind
{
    /// <summary>The address is not an absolute http(s) URL.</summary>
    InvalidUrl,
    Timeout,
    TooLarge,
    RedirectLoop,
    TooManyRedirects,
    /// <summary>The server answered with an error status; <see cref="FetchFailure.StatusCode"/> says which.</summary>
    HttpStatus,
    NotHtml,
    /// <summary>No answer: name resolution, refused or broken connection, TLS, a corrupt compressed body.</summary>
    Network,
    /// <summary>An answer with nothing in it, or a page with no article text.</summary>
    Empty,
    /// <summary>A feed that is not well-formed XML.</summary>
    Malformed,
    /// <summary>Well-formed XML that is neither RSS nor Atom.</summary>
    NotAFeed,
    /// <summary>The host is, or resolves to, an address the worker may not reach (loopback, private, …).</summary>
    Refused,
    /// <summary>A page past the extraction's limits, or whose extraction ran past its time budget or crashed its process.</summary>
    Unreadable,
    /// <summary>An error in our own processing of the feed or page, not in what the site sent.</summary>
    Unexpected,
}

/// <summary>Why a fetch failed, in words a person understands, and when the server asked us to come back.</summary>
public sealed record FetchFailure(FetchFailureKind Kind, string Message, int? StatusCode = null, TimeSpan? RetryAfter = null);
