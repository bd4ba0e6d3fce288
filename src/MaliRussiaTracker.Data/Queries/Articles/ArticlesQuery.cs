using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Data.Queries.Articles;

public enum ArticleSort
{
    Newest,
    Oldest,
    Title,
    Outlet,
}

/// <summary>What an analyst narrows the article list to; it lives in the page's URL.</summary>
public sealed record ArticleFilter
{
    /// <summary>Full-text search, by the database's own engine.</summary>
    public string? Text { get; init; }

    /// <summary>Actor slugs: the article must mention one of them (a mention no editor rejected).</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    public string? Outlet { get; init; }

    /// <summary>A story's key: the articles that tell it.</summary>
    public string? Story { get; init; }

    /// <summary>Articles received from this day on.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Articles received up to this day.</summary>
    public DateOnly? To { get; init; }

    public ArticleSort Sort { get; init; }
}

public sealed record ArticleRow(long Id, string? Title, string? Outlet, DateOnly? Published, PartialDate? MainDate, string? StoryKey, bool? IsRelevant, ArticleStatus Status)
{
    /// <summary>The kind of its identified outlet, if one is.</summary>
    public OutletKind? OutletKind { get; init; }

    /// <summary>How many articles tell its story, where it has one.</summary>
    public int? StorySize { get; init; }

    /// <summary>On a search, a few words of its text around what matched (see <see cref="Search.SearchSnippet"/>).</summary>
    public string? Snippet { get; init; }
}

/// <summary>
/// A page of the article list. <see cref="Total"/> is exact unless <see cref="TotalIsLowerBound"/>: then more than
/// that many articles match, and how many more was not counted.
/// </summary>
public sealed record ArticleListPage(IReadOnlyList<ArticleRow> Rows, int Total, bool TotalIsLowerBound);

/// <summary>The article list: searched, filtered and sorted in the database, one page at a time.</summary>
public sealed class ArticlesQuery(IDbContextFactory<TrackerDbContext> contexts, IDatabaseProvider provider, IOptions<ArticleListOptions> options)
{
    public async Task<ArticleListPage> GetAsync(ArticleFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        MentionedIds ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            ids = await ArticleNarrowing.MentionedIdsAsync(db, filter.Actors, [], cancellationToken);

        // The count and the page side by side, each on a connection of its own: on a large search each reads
        // thousands of rows, and the analyst waits for the slower of the two instead of for both.
        var counting = CountAsync(filter, ids, cancellationToken);
        var paging = PageAsync(filter, ids, skip, take, cancellationToken);
        await Task.WhenAll(counting, paging);
        var (counted, rows) = (await counting, await paging);
        var limit = options.Value.CountLimit;
        return counted > limit ? new ArticleListPage(rows, limit, TotalIsLowerBound: true) : new ArticleListPage(rows, counted, TotalIsLowerBound: false);
    }

    // One past the limit tells "exactly the limit" from "more than the limit" without counting the rest.
    private async Task<int> CountAsync(ArticleFilter filter, MentionedIds ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Matches(db, filter, ids).Take(options.Value.CountLimit + 1).CountAsync(cancellationToken);
    }

    private async Task<List<ArticleRow>> PageAsync(ArticleFilter filter, MentionedIds ids, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = Matches(db, filter, ids);
        var sorted = filter.Sort switch
        {
            ArticleSort.Oldest => articles.OrderBy(a => a.MainDate).ThenBy(a => a.Id),
            ArticleSort.Title => articles.OrderBy(a => a.Title).ThenBy(a => a.Id),
            ArticleSort.Outlet => articles.OrderBy(a => a.Outlet).ThenBy(a => a.Id),
            _ => articles.OrderByDescending(a => a.MainDate).ThenByDescending(a => a.Id),
        };
        var rows = await sorted.Skip(skip).Take(take)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Outlet, a.Published, a.MainDate, a.Story == null ? null : a.Story.Key, a.IsRelevant, a.Status)
            {
                OutletKind = db.Outlets.Where(o => o.Id == a.OutletId).Select(o => (OutletKind?)o.Kind).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var sizes = await StorySizes.OfAsync(db, rows.Select(r => r.StoryKey), cancellationToken);
        // Cut for this page's rows only, after the page is known: a headline reads the whole text of its article.
        var snippets = filter.Text is { Length: > 0 } text
            ? await provider.SnippetsAsync(db, Searchable(text), [.. rows.Select(r => r.Id)], cancellationToken)
            : new Dictionary<long, string>();
        return [.. rows.Select(r => r with
        {
            StorySize = r.StoryKey is { } key && sizes.TryGetValue(key, out var size) ? size : null,
            Snippet = snippets.GetValueOrDefault(r.Id),
        })];
    }

    private IQueryable<Article> Matches(TrackerDbContext db, ArticleFilter filter, MentionedIds ids)
    {
        // A control character never reaches the database (a NUL fails a PostgreSQL query): a live page's own navigation
        // does not go through the HTTP guard that refuses it.
        var articles = filter.Text is { Length: > 0 } text ? provider.SearchArticles(db, Searchable(text)) : db.Articles;
        articles = articles.AsNoTracking().Mentioning(ids).FromOutletBetween(filter.Outlet, filter.From, filter.To);
        return filter.Story is { Length: > 0 } story ? articles.Where(a => a.Story != null && a.Story.Key == story) : articles;
    }

    private static string Searchable(string text) => new([.. text.Where(c => !char.IsControl(c))]);
}
