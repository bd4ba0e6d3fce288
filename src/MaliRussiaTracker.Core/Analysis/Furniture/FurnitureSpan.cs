namespace MaliRussiaTracker.Core.Analysis.Furniture;

/// <summary>What kind of site furniture a span is.</summary>
public static class FurnitureKinds
{
    public const string RelatedArticles = "related-articles";
    public const string AuthorArticles = "author-articles";
    public const string Subscription = "subscription";
    public const string ErrorReport = "error-report";
    public const string EditorLine = "editor-line";
    public const string Sharing = "sharing";
    public const string Copyright = "copyright";
    public const string Comments = "comments";
    public const string Tags = "tags";
    public const string Advertising = "advertising";
    public const string Videos = "videos";
    public const string Counters = "counters";
    public const string Widget = "widget";
    public const string Cookies = "cookies";
    public const string Credit = "credit";
    public const string AgencyNotice = "agency-notice";
    public const string Mojibake = "mojibake";
    public const string SiteName = "site-name";
    public const string ArchiveCaption = "archive-caption";
}

/// <summary>A stretch of the normalised text that is the site's, not the article's.</summary>
public sealed record FurnitureBlock(int Start, int End, string Kind)
{
    /// <summary>The furniture's own text.</summary>
    public string TextIn(string text) => text[Start..End];
}
