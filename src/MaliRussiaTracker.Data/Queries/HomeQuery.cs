using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries;

public sealed record HomeEventRow(string Key, string Title, PartialDate Date, string? Place, EntryStatus Status);

public sealed record HomeArticleRow(long Id, string? Title, string? Outlet, DateOnly? Published, PartialDate? MainDate, ArticleStatus Status, DateTimeOffset ReceivedAt);

/// <summary>
/// What the home page shows: the latest events (by their date) and the latest articles (by publication), with the totals. Confirmed
/// events and actors only unless the candidates are asked for; the counts are of the same rows the lists show.
/// </summary>
public sealed record HomeView(IReadOnlyList<HomeEventRow> Events, int EventCount, IReadOnlyList<HomeArticleRow> Articles, int ArticleCount, int ActorCount);

public sealed class HomeQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<HomeView> GetAsync(int maxEvents, int maxArticles, bool withCandidates, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The ISO text of a PartialDate sorts in timeline order, so the database orders by the column itself; newest
        // first, as the timeline opens.
        var shown = db.Events.AsNoTracking().Where(e => withCandidates || e.Status == EntryStatus.Confirmed);
        var events = await shown
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Key)
            .Take(maxEvents)
            .Select(e => new HomeEventRow(e.Key, e.Title, e.Date, e.Place == null ? null : e.Place.Name, e.Status))
            .ToListAsync(cancellationToken);
        // Newest published first, the undated after them: two queries that each walk the publication index, where one
        // ordered on « Published IS NULL » would sort every article (and PostgreSQL puts NULLs first when descending).
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Published != null)
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Take(maxArticles)
            .Select(a => new HomeArticleRow(a.Id, a.Title, a.Outlet, a.Published, a.MainDate, a.Status, a.ReceivedAt))
            .ToListAsync(cancellationToken);
        if (articles.Count < maxArticles)
        {
            articles.AddRange(await db.Articles.AsNoTracking()
                .Where(a => a.Published == null)
                .OrderByDescending(a => a.Id)
                .Take(maxArticles - articles.Count)
                .Select(a => new HomeArticleRow(a.Id, a.Title, a.Outlet, a.Published, a.MainDate, a.Status, a.ReceivedAt))
                .ToListAsync(cancellationToken));
        }
        return new HomeView(
            events,
            await shown.CountAsync(cancellationToken),
            articles,
            await db.Articles.CountAsync(cancellationToken),
            await db.Actors.CountAsync(a => withCandidates || a.Status == EntryStatus.Confirmed, cancellationToken));
    }
}
