using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Data.Queries.Articles;

/// <summary>The <c>Articles</c> section of the configuration.</summary>
public sealed class ArticleListOptions
{
    public const string Section = "Articles";

    /// <summary>
    /// How many matching articles the list counts at most; past this many the list says « more than N ». Counting
    /// every match of a broad search read the whole match set (3 s at a million articles) for a page of fifty rows,
    /// and an article is a page of the table to read: counting up to 10,000 still took 0.1 to 0.9 s a word, up to
    /// 1,000 takes 10 to 100 ms.
    /// </summary>
    [Range(1, 10_000_000)]
    public int CountLimit { get; set; } = 1_000;
}
