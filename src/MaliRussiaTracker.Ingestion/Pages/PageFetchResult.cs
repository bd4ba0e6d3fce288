using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Intake;

namespace MaliRussiaTracker.Ingestion.Pages;

/// <summary>What became of fetching one page: <see cref="FetchedPage"/> or <see cref="PageFetchFailed"/>.</summary>
public abstract record PageFetchResult(string RequestedUrl);

/// <summary>A page as received (its HTML, decoded as <see cref="Encoding"/> says) and the article found in it.</summary>
public sealed record FetchedPage(string RequestedUrl, Uri FinalUrl, string Html, EncodingChoice Encoding, ExtractedArticle Article) : PageFetchResult(RequestedUrl)
{
    /// <summary>The charset the page was read in (<c>utf-8</c>, <c>windows-1252</c>).</summary>
    public string Charset => Encoding.Charset;

    /// <summary>The page as the intake takes it: clean text, with the raw HTML kept beside it.</summary>
    public ArticleSubmission ToSubmission() => new(Article.Text)
    {
        Url = FinalUrl.AbsoluteUri,
        Title = Article.Title,
        Outlet = Article.SiteName,
        // The date as printed where it was published: 23:30 in Bamako is that day there, whatever UTC says.
        Published = Article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
        Author = Article.Author,
        Raw = Html,
        Charset = Encoding.Charset,
        CharsetLabelOverruled = Encoding.LabelOverruled,
    };
}

public sealed record PageFetchFailed(string RequestedUrl, FetchFailure Failure) : PageFetchResult(RequestedUrl);
