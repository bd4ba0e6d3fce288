using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Ingestion.Tests.Encodings;
using MaliRussiaTracker.Ingestion.Tests.Http;
using MaliRussiaTracker.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace MaliRussiaTracker.Ingestion.Tests.Pages;

public sealed class PageFetcherTests : IAsyncLifetime
{
    private const string Article = "Les manœuvres conjointes des armées malienne et russe ont commencé à Koulikoro, a annoncé le général Goïta. "
        + "Elles doivent durer dix jours et associer des unités de l’armée de l’air, selon l’état-major. "
        + "« C’est une étape décisive », a déclaré un officier, évoquant des exercices de tir et de ravitaillement.";

    private static readonly Encoding Windows1252 = Charsets.Windows1252;

    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_realistic_news_page_gives_its_article_text_title_date_and_outlet_with_the_raw_html_kept()
    {
        var html = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "french-news-page.html"));
        _server.Map("/international/mali-russie", "text/html; charset=utf-8", html);
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/international/mali-russie").AbsoluteUri, CancellationToken.None));

        Assert.Equal("utf-8", page.Charset);
        Assert.StartsWith("Moscou a annoncé, jeudi 3 avril 2025", page.Article.Text, StringComparison.Ordinal);
        var submission = page.ToSubmission();
        Assert.Equal((html, "Le Sahel Hebdo", new DateOnly(2025, 4, 3)), (submission.Raw, submission.Outlet, submission.Published));
        Assert.Equal(page.Article.Text, submission.Text);
    }

    [Fact]
    public async Task A_page_in_windows_1252_declared_only_in_the_header_keeps_its_accents()
    {
        _server.Map("/cp1252", async context =>
        {
            context.Response.ContentType = "text/html; charset=windows-1252";
            await context.Response.Body.WriteAsync(Windows1252.GetBytes(Page(Article)));
        });
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/cp1252").AbsoluteUri, CancellationToken.None));

        Assert.Equal("windows-1252", page.Charset);
        Assert.Contains("Les manœuvres conjointes", page.Article.Text, StringComparison.Ordinal);
        Assert.Contains("« C’est une étape décisive »", page.Article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    // Latin-1 as declared is read as Windows-1252, as browsers do: œ and ’ exist only there.
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public async Task A_page_in_windows_1252_declared_only_in_its_meta_keeps_its_accents(string meta)
    {
        _server.Map("/meta", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(Windows1252.GetBytes(Page(Article, meta)));
        });
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/meta").AbsoluteUri, CancellationToken.None));

        Assert.Equal("windows-1252", page.Charset);
        Assert.Contains("manœuvres", page.Article.Text, StringComparison.Ordinal);
        Assert.Contains("Goïta", page.Article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EncodingCase.Names), MemberType = typeof(EncodingCase))]
    public async Task A_page_keeps_its_accents_however_its_charset_is_labelled_and_says_whether_its_bytes_overruled_the_label(string name)
    {
        var @case = EncodingCase.Named(name);
        var meta = @case.Declared is null ? "" : $"<meta charset=\"{@case.Declared}\">";
        _server.Map("/labelled", async context =>
        {
            context.Response.ContentType = @case.ContentType("text/html");
            await context.Response.Body.WriteAsync(@case.Bytes.GetBytes(Page(EncodingCase.French, meta)));
        });
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/labelled").AbsoluteUri, CancellationToken.None));

        Assert.Contains(EncodingCase.French, page.Article.Text, StringComparison.Ordinal);
        Assert.Equal("Manœuvres à Koulikoro", page.Article.Title);
        var submission = page.ToSubmission();
        Assert.Equal((@case.Charset, @case.Overruled), (submission.Charset, submission.CharsetLabelOverruled));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task A_compressed_page_is_asked_for_and_decompressed(string coding)
    {
        _server.Map("/compressed", async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentEncoding = coding;
            await context.Response.Body.WriteAsync(Compress(coding, Encoding.UTF8.GetBytes(Page(Article))));
        });
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/compressed").AbsoluteUri, CancellationToken.None));

        Assert.Contains("Les manœuvres conjointes", page.Article.Text, StringComparison.Ordinal);
        var request = _server.ReceivedAt("/compressed").Single();
        Assert.Contains(coding, request.Header("Accept-Encoding"), StringComparison.Ordinal);
        Assert.Contains("MaliRussiaTracker", request.Header("User-Agent"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_chain_is_followed_to_the_article_and_its_final_address_reported()
    {
        _server.Redirect("/old", "/moved", StatusCodes.Status301MovedPermanently)
            .Redirect("/moved", _server.Url("/article?id=7").AbsoluteUri, StatusCodes.Status307TemporaryRedirect)
            .Map("/article", "text/html; charset=utf-8", Page(Article));
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/old").AbsoluteUri, CancellationToken.None));

        Assert.Equal(_server.Url("/old").AbsoluteUri, page.RequestedUrl);
        Assert.Equal(_server.Url("/article?id=7"), page.FinalUrl);
        Assert.Equal(_server.Url("/article?id=7").AbsoluteUri, page.ToSubmission().Url);
    }

    [Fact]
    public async Task A_redirect_loop_fails_as_a_loop_after_one_round()
    {
        _server.Redirect("/a", "/b").Redirect("/b", "/a");
        using var services = new FetchingServices();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/a").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.RedirectLoop, failed.Failure.Kind);
        Assert.Contains("loop", failed.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, _server.Received.Count);
    }

    [Fact]
    public async Task A_redirect_chain_longer_than_the_limit_fails_without_following_the_rest()
    {
        _server.Redirect("/1", "/2").Redirect("/2", "/3").Redirect("/3", "/4").Map("/4", "text/html", Page(Article));
        using var services = new FetchingServices(("MaxRedirects", "2"));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/1").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.TooManyRedirects, failed.Failure.Kind);
        Assert.Empty(_server.ReceivedAt("/4"));
    }

    [Fact]
    public async Task A_page_announcing_a_length_over_the_limit_is_refused_before_its_body_is_read()
    {
        _server.Map("/big", "text/html", Page(new string('x', 4096)));
        using var services = new FetchingServices(("MaxPageBytes", "1024"));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/big").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.TooLarge, failed.Failure.Kind);
        Assert.Contains("1 KB", failed.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_streamed_without_a_length_is_cut_off_once_past_the_limit()
    {
        // Chunked, no Content-Length, 80 MB: only counting while reading can stop this. How many chunks the server
        // wrote proves nothing (Kestrel may drop writes to a closed connection without failing them for a while);
        // the refusal's reason says the body was cut while streaming, not refused on an announced length.
        _server.Map("/endless", async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = Encoding.ASCII.GetBytes("<p>" + new string('x', 8 * 1024) + "</p>");
            try
            {
                for (var sent = 0; sent < 10_000 && !context.RequestAborted.IsCancellationRequested; sent++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
            }
        });
        using var services = new FetchingServices(("MaxPageBytes", "65536"));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/endless").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.TooLarge, failed.Failure.Kind);
        Assert.Contains("goes on past that", failed.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_gzip_body_that_unfolds_past_the_limit_is_refused()
    {
        var bomb = Gzip(Encoding.ASCII.GetBytes(Page(new string('a', 2 * 1024 * 1024))));
        _server.Map("/bomb", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentLength = bomb.Length;
            await context.Response.Body.WriteAsync(bomb);
        });
        using var services = new FetchingServices(("MaxPageBytes", "100000"));

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/bomb").AbsoluteUri, CancellationToken.None));

        Assert.True(bomb.Length < 100_000);
        Assert.Equal(FetchFailureKind.TooLarge, failed.Failure.Kind);
    }

    [Fact]
    public async Task A_pdf_is_refused_as_not_html_naming_its_type()
    {
        _server.Map("/rapport.pdf", "application/pdf", "%PDF-1.7 ...");
        using var services = new FetchingServices();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/rapport.pdf").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.NotHtml, failed.Failure.Kind);
        Assert.Contains("application/pdf", failed.Failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task An_error_status_fails_with_its_code(int status)
    {
        _server.Map("/error", "text/html", "<html><body><p>Erreur</p></body></html>", status);
        using var services = new FetchingServices();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/error").AbsoluteUri, CancellationToken.None));

        Assert.Equal((FetchFailureKind.HttpStatus, status), (failed.Failure.Kind, failed.Failure.StatusCode));
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), failed.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_fails_as_a_time_out_soon_after_the_limit()
    {
        _server.Map("/slow", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        using var services = new FetchingServices(("Timeout", "00:00:00.300"));
        var watch = Stopwatch.StartNew();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/slow").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.Timeout, failed.Failure.Kind);
        Assert.Contains("0.3 s", failed.Failure.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_a_fetch_is_not_mistaken_for_a_time_out()
    {
        // The worker cancels on shutdown: that must not put a healthy page or feed in error.
        _server.Map("/slow", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        using var services = new FetchingServices();
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.Pages.FetchAsync(_server.Url("/slow").AbsoluteUri, shutdown.Token));
    }

    [Fact]
    public async Task A_page_without_a_content_type_is_read_when_it_looks_like_html()
    {
        _server.Map("/untyped", async context => await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Page(Article))));
        using var services = new FetchingServices();

        var page = Assert.IsType<FetchedPage>(await services.Pages.FetchAsync(_server.Url("/untyped").AbsoluteUri, CancellationToken.None));

        Assert.Contains("Koulikoro", page.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_answer_fails_as_empty()
    {
        _server.Map("/empty", "text/html", "");
        using var services = new FetchingServices();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(_server.Url("/empty").AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.Empty, failed.Failure.Kind);
    }

    [Theory]
    [InlineData("pas une adresse")]
    [InlineData("ftp://example.org/article")]
    public async Task An_address_typed_wrong_fails_without_a_request(string url)
    {
        using var services = new FetchingServices();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(url, CancellationToken.None));

        Assert.Equal((FetchFailureKind.InvalidUrl, url), (failed.Failure.Kind, failed.RequestedUrl));
    }

    [Fact]
    public async Task A_closed_port_fails_as_a_network_error()
    {
        var closed = _server.Url("/nothing-here");
        await _server.DisposeAsync();
        _server = await LoopbackServer.StartAsync();
        using var services = new FetchingServices();

        var failed = Assert.IsType<PageFetchFailed>(await services.Pages.FetchAsync(closed.AbsoluteUri, CancellationToken.None));

        Assert.Equal(FetchFailureKind.Network, failed.Failure.Kind);
    }

    private static string Page(string paragraph, string meta = "") =>
        $"<!DOCTYPE html><html lang=\"fr\"><head>{meta}<title>Manœuvres à Koulikoro</title></head><body><article><h1>Manœuvres à Koulikoro</h1>"
        + $"<p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";

    private static byte[] Gzip(byte[] bytes) => Compress("gzip", bytes);

    private static byte[] Compress(string coding, byte[] bytes)
    {
        using var output = new MemoryStream();
        // HTTP's "deflate" is the zlib format (RFC 9110), not raw DEFLATE.
        using (Stream compressor = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal),
            "br" => new BrotliStream(output, CompressionLevel.Optimal),
            _ => throw new ArgumentOutOfRangeException(nameof(coding)),
        })
        {
            compressor.Write(bytes);
        }

        return output.ToArray();
    }
}
