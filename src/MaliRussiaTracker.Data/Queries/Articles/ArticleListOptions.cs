using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Data.Queries.Articles;

/// <summary>The <c>Articles</c> section of the configuration.</summary>
public sealed class ArticleListOptions
{
    public const string Section = "Articles";

    /// <summary>
    /// How many matching articles the list counts at most. Counting every match of a broad search reads the whole
    /// match set (seconds at a million articles) while the page itself needs fifty rows; past this many the list
    /// says « more than N » instead.
    /// </summary>
    [Range(1, 10_000_000)]
    public int CountLimit { get; set; } = 10_000;
}
