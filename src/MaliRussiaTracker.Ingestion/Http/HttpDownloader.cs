using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Http;

/// <summary>What to fetch, how much of it we accept, and the validators of a conditional GET.</summary>
public sealed record DownloadRequest(Uri Url, long MaxBytes, string Accept)
{
    public string? IfNoneMatch { get; init; }
    public string? IfModifiedSince { get; init; }

    /// <summary>When set, an answer of another media type is refused before its body is read.</summary>
    public IReadOnlySet<string>? MediaTypes { get; init; }
}

public abstract record DownloadResult;

/// <summary>A complete answer: 2xx with its body, or 304 with none.</summary>
public sealed record Downloaded(Uri FinalUrl, HttpStatusCode StatusCode, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified) : DownloadResult
{
    public bool NotModified => StatusCode == HttpStatusCode.NotModified;
}

public sealed record DownloadFailed(FetchFailure Failure) : DownloadResult;

/// <summary>
/// The one GET that feeds and pages share: it follows redirects itself (so loops are caught and every hop is
/// counted), bounds the time of the whole exchange and the size of the body, and turns every way a fetch can go
/// wrong into a <see cref="FetchFailure"/> instead of an exception.
/// </summary>
public sealed class HttpDownloader(HttpClient http, IOptions<FetchingOptions> options, TimeProvider clock)
{
    private const int ChunkSize = 81_920;

    public async Task<DownloadResult> GetAsync(DownloadRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var current = request.Url;
        var visited = new List<Uri>();
        using var timeout = new CancellationTokenSource(settings.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            while (true)
            {
                if (!IsWebAddress(current))
                    return Fail(FetchFailureKind.InvalidUrl, $"{current} is not a web address (http or https).");
                visited.Add(current);

                using var message = NewMessage(request, current);
                using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);

                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location)
                        return Fail(FetchFailureKind.HttpStatus, $"{current} answered {Describe(response.StatusCode)}, a redirect, without saying where to.", (int)response.StatusCode);
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (visited.Any(seen => SameAddress(seen, next)))
                        return Fail(FetchFailureKind.RedirectLoop, $"{request.Url} redirects in a loop: {string.Join(" → ", visited.Append(next))}.");
                    if (visited.Count > settings.MaxRedirects)
                        return Fail(FetchFailureKind.TooManyRedirects, $"{request.Url} redirects more than {settings.MaxRedirects} times (last to {next}).");
                    current = next;
                    continue;
                }

                return await ReadAnswerAsync(request, current, response, linked.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Fail(FetchFailureKind.Timeout, $"{current} gave no complete answer within {Seconds(settings.Timeout)}.");
        }
        catch (HttpRequestException e) when (e.InnerException is OutboundAddressRefusedException refused)
        {
            return Fail(FetchFailureKind.Refused, $"{current} is refused: {refused.Message}. Only public addresses are fetched, and those Ingestion:Fetching:AllowedHosts names.");
        }
        catch (HttpRequestException e)
        {
            return Fail(FetchFailureKind.Network, $"{current} could not be reached: {e.Message}");
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A connection reset mid-body, or a gzip/brotli stream that does not decode.
            return Fail(FetchFailureKind.Network, $"The answer from {current} broke off or could not be decoded: {e.Message}");
        }
    }

    private async Task<DownloadResult> ReadAnswerAsync(DownloadRequest request, Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Validators are kept as the server wrote them, unparsed: an unquoted ETag or an odd date fails .NET's
        // parsing but the server still recognises it when it comes back.
        var etag = Raw(response.Headers.NonValidated, "ETag");
        var lastModified = Raw(response.Content.Headers.NonValidated, "Last-Modified") ?? Raw(response.Headers.NonValidated, "Last-Modified");

        if (response.StatusCode == HttpStatusCode.NotModified)
            return new Downloaded(url, response.StatusCode, [], null, null, etag, lastModified);
        if (!response.IsSuccessStatusCode)
            return Fail(FetchFailureKind.HttpStatus, $"{url} answered {Describe(response.StatusCode)}.", (int)response.StatusCode, RetryAfter(response));

        var contentType = response.Content.Headers.ContentType;
        if (request.MediaTypes is { } accepted && contentType?.MediaType is { } mediaType && !accepted.Contains(mediaType))
            return Fail(FetchFailureKind.NotHtml, $"{url} is {mediaType}, not a web page: only {string.Join(", ", accepted)} can be read.");

        if (response.Content.Headers.ContentLength is { } announced && announced > request.MaxBytes)
            return TooLarge(url, request.MaxBytes, $"announces {Size(announced)}");

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            // Counted on the decoded bytes: a small gzip body can unfold into gigabytes.
            if (buffer.Length + read > request.MaxBytes)
                return TooLarge(url, request.MaxBytes, "goes on past that");
            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
            return Fail(FetchFailureKind.Empty, $"{url} answered {Describe(response.StatusCode)} with nothing in it.");
        return new Downloaded(url, response.StatusCode, buffer.ToArray(), contentType?.MediaType, contentType?.CharSet, etag, lastModified);
    }

    private static string? Raw(HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) && values.ToString() is { Length: > 0 } value ? value : null;

    private static HttpRequestMessage NewMessage(DownloadRequest request, Uri url)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        message.Headers.TryAddWithoutValidation("Accept-Language", "fr, en;q=0.5");
        // Sent as stored, unparsed: some servers' validators are not quite RFC-shaped but still match.
        if (!string.IsNullOrWhiteSpace(request.IfNoneMatch))
            message.Headers.TryAddWithoutValidation("If-None-Match", request.IfNoneMatch);
        if (!string.IsNullOrWhiteSpace(request.IfModifiedSince))
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.IfModifiedSince);
        return message;
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsWebAddress(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static bool SameAddress(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static DownloadFailed TooLarge(Uri url, long limit, string detail) =>
        Fail(FetchFailureKind.TooLarge, $"{url} is larger than the {Size(limit)} allowed: it {detail}.");

    private static DownloadFailed Fail(FetchFailureKind kind, string message, int? status = null, TimeSpan? retryAfter = null) =>
        new(new FetchFailure(kind, message, status, retryAfter));

    private static string Describe(HttpStatusCode status) => $"{(int)status} ({status})";

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB",
        >= 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{bytes} bytes",
    };
}
