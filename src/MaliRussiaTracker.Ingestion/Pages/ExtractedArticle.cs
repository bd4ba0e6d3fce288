namespace MaliRussiaTracker.Ingestion.Pages;

/// <summary>
/// What a page says about its article: the main text (a paragraph a line), and what the page's markup tells of
/// title, date, author and outlet. Any of these but the text may be missing.
/// </summary>
public sealed record ExtractedArticle(string Text, string? Title, DateTimeOffset? Published, string? Author, string? SiteName, string? Language)
{
    /// <summary>How the text was read: by the article finder, or (past its limits) as the page's plain text.</summary>
    public string Reading { get; init; } = "article finder";
}
