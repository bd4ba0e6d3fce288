using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Sources;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Events;

public sealed record EventRow(string Key, string Title, PartialDate Date, NamedLink? Place, IReadOnlyList<NamedLink> Participants, Corroboration Sources, EntryStatus Status);

public sealed record EventListPage(IReadOnlyList<EventRow> Rows, int Total);

public sealed record EventView(
    string Key, string Title, string? Description, PartialDate Date, NamedLink? Place, IReadOnlyList<NamedLink> Participants,
    Corroboration Sources, EntryStatus Status, IReadOnlyList<SourceArticle> Articles, IReadOnlyList<SourceQuote> Quotes);

/// <summary>
/// The event list (the timeline's filters, events only, in date order, a page at a time) and one event's page:
/// its date, place, participants, how well it is sourced, the articles behind it and what they quote.
/// </summary>
public sealed class EventQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<EventListPage> ListAsync(TimelineFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = TimelineQuery.Events(db, filter);
        var total = await events.CountAsync(cancellationToken);
        var rows = await events.OrderBy(e => e.Date).ThenBy(e => e.Key).Skip(skip).Take(take)
            .Select(e => new EventRow(e.Key, e.Title, e.Date, e.Place == null ? null : new NamedLink(e.Place.Slug, e.Place.Name),
                e.Participants.OrderBy(p => p.Name).Select(p => new NamedLink(p.Slug, p.Name)).ToList(), e.Sources, e.Status))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (filter.NarrowsArticles)
        {
            var counts = await ArticleVoices.RecountEventsAsync(db, filter, [.. rows.Select(r => r.Key)], cancellationToken);
            rows = rows.ConvertAll(r => r with { Sources = counts.GetValueOrDefault(r.Key) ?? new Corroboration() });
        }

        return new EventListPage(rows, total);
    }

    public async Task<EventView?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Place).Include(e => e.Participants).AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Key == key, cancellationToken);
        if (ev is null)
            return null;

        // The same articles corroboration counts: those with a mention of the event that no editor rejected.
        var behind = db.Mentions.Where(m => m.EventId == ev.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId);
        var articles = await SourceLookup.ArticlesAsync(db, behind, cancellationToken);
        var participants = db.Events.Where(e => e.Id == ev.Id).SelectMany(e => e.Participants).Select(p => p.Id);
        var aboutOthers = db.Mentions.Where(m => m.EventId != null && m.EventId != ev.Id && m.State != ReviewState.Rejected);
        var quotes = await SourceLookup.QuotesAsync(db, behind, participants, aboutOthers, cancellationToken);
        return new EventView(ev.Key, ev.Title, ev.Description, ev.Date, ev.Place is null ? null : new NamedLink(ev.Place.Slug, ev.Place.Name),
            [.. ev.Participants.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => new NamedLink(p.Slug, p.Name))],
            ev.Sources, ev.Status, articles, quotes);
    }
}
