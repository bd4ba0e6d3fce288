using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Timeline;

public enum TimelineEntryKind
{
    Event,
    Milestone,
}

/// <summary>One line of the timeline: an event, or a step of an agreement, with how well it is sourced.</summary>
public sealed record TimelineEntry(
    TimelineEntryKind Kind,
    string Key,
    string Title,
    PartialDate Date,
    string? Place,
    IReadOnlyList<string> Participants,
    Corroboration Sources,
    EntryStatus Status);

public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int Total);

/// <summary>
/// Events and agreement milestones in date order (newest first unless the filter asks otherwise), filtered in the database (each filter has an index behind
/// it) and cut to a page, so the timeline never loads a whole table.
/// </summary>
public sealed class TimelineQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<TimelinePage> GetAsync(TimelineFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = Events(db, filter);
        var milestones = filter.Places.Count > 0 ? db.AgreementMilestones.Where(_ => false) : Milestones(db, filter);
        var total = await events.CountAsync(cancellationToken) + await milestones.CountAsync(cancellationToken);

        // Both lists are ordered the same way, so the first skip + take of each hold the page of the merged list.
        var eventRows = await (filter.OldestFirst ? events.OrderBy(e => e.Date).ThenBy(e => e.Key) : events.OrderByDescending(e => e.Date).ThenByDescending(e => e.Key))
            .Take(skip + take)
            .Select(e => new TimelineEntry(TimelineEntryKind.Event, e.Key, e.Title, e.Date, e.Place == null ? null : e.Place.Name,
                e.Participants.OrderBy(p => p.Name).Select(p => p.Name).ToList(), e.Sources, e.Status))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var milestoneRows = await (filter.OldestFirst ? milestones.OrderBy(m => m.Date).ThenBy(m => m.Id) : milestones.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id))
            .Take(skip + take)
            .Select(m => new TimelineEntry(TimelineEntryKind.Milestone, m.Agreement!.Key, m.Agreement.Title + " — " + m.Description, m.Date, null,
                m.Agreement.Parties.OrderBy(p => p.Name).Select(p => p.Name).ToList(), m.Agreement.Sources, m.Agreement.Status))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var merged = eventRows.Concat(milestoneRows);
        var page = (filter.OldestFirst
                ? merged.OrderBy(e => e.Date).ThenBy(e => e.Kind).ThenBy(e => e.Key, StringComparer.Ordinal)
                : merged.OrderByDescending(e => e.Date).ThenByDescending(e => e.Kind).ThenByDescending(e => e.Key, StringComparer.Ordinal))
            .Skip(skip).Take(take)
            .ToList();
        if (filter.NarrowsArticles)
            page = await ArticleVoices.RecountAsync(db, filter, page, cancellationToken);
        return new TimelinePage(page, total);
    }

    // Shared with the event list and the chart, so they narrow exactly as the timeline does.
    internal static IQueryable<Event> Events(TrackerDbContext db, TimelineFilter filter)
    {
        var events = db.Events.AsNoTracking();
        if (!filter.WithCandidates)
            events = events.Where(e => e.Status == EntryStatus.Confirmed);
        if (filter.From is { } from)
            events = events.Where(e => e.Latest >= from);
        if (filter.To is { } to)
            events = events.Where(e => e.Earliest <= to);
        if (filter.Actors.Count > 0)
        {
            var actors = filter.Actors.ToList();
            events = events.Where(e => e.Participants.Any(p => actors.Contains(p.Slug)));
        }

        if (filter.Places.Count > 0)
        {
            var places = filter.Places.ToList();
            events = events.Where(e => e.Place != null && places.Contains(e.Place.Slug));
        }

        // The outlets behind each event are kept beside it (Sourcing/SourceOutlets): going through the outlet's
        // articles and their mentions instead read a row per article of a large outlet (0.5 s at a million articles).
        if (filter.Outlet is { Length: > 0 } outlet)
            events = events.Where(e => db.EventOutlets.Any(x => x.Outlet == outlet && x.EventId == e.Id));

        if (filter.Text is { Length: > 0 } text)
            events = events.Where(e => e.Title.ToLower().Contains(text.ToLower()));
        if (filter.NarrowsArticles)
            events = ArticleVoices.BackedBy(db, events, ArticleVoices.Kept(db, filter));
        return events;
    }

    internal static IQueryable<AgreementMilestone> Milestones(TrackerDbContext db, TimelineFilter filter)
    {
        var milestones = db.AgreementMilestones.AsNoTracking();
        if (!filter.WithCandidates)
            milestones = milestones.Where(m => m.Agreement!.Status == EntryStatus.Confirmed);
        if (filter.From is { } from)
            milestones = milestones.Where(m => m.Latest >= from);
        if (filter.To is { } to)
            milestones = milestones.Where(m => m.Earliest <= to);
        if (filter.Actors.Count > 0)
        {
            var actors = filter.Actors.ToList();
            milestones = milestones.Where(m => m.Agreement!.Parties.Any(p => actors.Contains(p.Slug)));
        }

        if (filter.Outlet is { Length: > 0 } outlet)
            milestones = milestones.Where(m => db.AgreementOutlets.Any(x => x.Outlet == outlet && x.AgreementId == m.AgreementId));

        if (filter.Text is { Length: > 0 } text)
            milestones = milestones.Where(m => (m.Agreement!.Title + " " + m.Description).ToLower().Contains(text.ToLower()));
        if (filter.NarrowsArticles)
            milestones = ArticleVoices.BackedBy(db, milestones, ArticleVoices.Kept(db, filter));
        return milestones;
    }
}

/// <summary>What the timeline's filters offer: the confirmed actors and places, the outlets seen, and the owner groups of the registry.</summary>
public sealed record TimelineChoices(
    IReadOnlyList<(string Slug, string Name)> Actors, IReadOnlyList<(string Slug, string Name)> Places, IReadOnlyList<string> Outlets,
    IReadOnlyList<(string Key, string Name)>? Owners = null);

public sealed class TimelineChoicesQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    private const int MostOutlets = 300;

    public async Task<TimelineChoices> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().Where(a => a.Status == EntryStatus.Confirmed).OrderBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().Where(p => p.Status == EntryStatus.Confirmed).OrderBy(p => p.Name)
            .Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken);
        // DISTINCT reads every article's entry of the outlet index (0.2 s at a million articles); stepping from
        // one outlet to the next reads one entry per outlet. Plain SQL that both providers speak; the casts give
        // both halves of the recursion one type, as PostgreSQL requires.
        var outlets = await db.Database.SqlQueryRaw<string>(
            """
            WITH RECURSIVE outlets("Value") AS (
                SELECT CAST(min("Outlet") AS TEXT) FROM "Articles"
                UNION ALL
                SELECT CAST((SELECT min(a."Outlet") FROM "Articles" AS a WHERE a."Outlet" > o."Value") AS TEXT) FROM outlets AS o WHERE o."Value" IS NOT NULL)
            SELECT "Value" FROM outlets WHERE "Value" IS NOT NULL LIMIT {0}
            """, MostOutlets).ToListAsync(cancellationToken);
        var owners = await db.Outlets.AsNoTracking().Where(o => o.Status == EntryStatus.Confirmed)
            .GroupBy(o => o.OwnerGroup).Select(g => new { g.Key, Name = g.Max(o => o.OwnerName) }).ToListAsync(cancellationToken);
        return new TimelineChoices([.. actors.Select(a => (a.Slug, a.Name))], [.. places.Select(p => (p.Slug, p.Name))], outlets,
            [.. owners.Select(o => (o.Key, o.Name ?? o.Key)).OrderBy(o => o.Item2, StringComparer.CurrentCulture)]);
    }
}
