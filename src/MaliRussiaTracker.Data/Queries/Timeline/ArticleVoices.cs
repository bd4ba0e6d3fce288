using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Timeline;

/// <summary>
/// The articles a timeline's outlet filters keep (by owner group and outlet kind), and the sources of a page's
/// entries counted again from those alone: an analyst who leaves out Russian state media sees what the rest back.
/// </summary>
internal static class ArticleVoices
{
    private const string OwnVoice = "outlet:";

    public static IQueryable<Article> Kept(TrackerDbContext db, TimelineFilter filter)
    {
        var articles = db.Articles.AsNoTracking();
        if (filter.Owner is { Length: > 0 } owner)
        {
            articles = owner == Outlet.Independent
                ? articles.Where(a => a.Voice != null && a.Voice.StartsWith(OwnVoice))
                : articles.Where(a => a.Voice == owner);
        }

        if (filter.WithoutOwners.Count > 0)
        {
            var owners = filter.WithoutOwners.ToList();
            var withoutIndependent = owners.Contains(Outlet.Independent);
            articles = articles.Where(a => a.Voice == null || (!owners.Contains(a.Voice) && !(withoutIndependent && a.Voice.StartsWith(OwnVoice))));
        }

        if (filter.Kind is { } kind)
            articles = articles.Where(a => db.Outlets.Any(o => o.Id == a.OutletId && o.Kind == kind));
        if (filter.WithoutKinds.Count > 0)
        {
            var kinds = filter.WithoutKinds.ToList();
            articles = articles.Where(a => !db.Outlets.Any(o => (o.Id == a.OutletId || o.Id == a.AgencyId) && kinds.Contains(o.Kind)));
        }

        return articles;
    }

    public static IQueryable<Event> BackedBy(TrackerDbContext db, IQueryable<Event> events, IQueryable<Article> articles) =>
        events.Where(e => db.Mentions.Any(m => m.EventId == e.Id && m.State != ReviewState.Rejected && articles.Any(a => a.Id == m.ArticleId)));

    public static IQueryable<AgreementMilestone> BackedBy(TrackerDbContext db, IQueryable<AgreementMilestone> milestones, IQueryable<Article> articles) =>
        milestones.Where(x => db.Mentions.Any(m => m.AgreementId == x.AgreementId && m.State != ReviewState.Rejected && articles.Any(a => a.Id == m.ArticleId)));

    public static IQueryable<Agreement> BackedBy(TrackerDbContext db, IQueryable<Agreement> agreements, IQueryable<Article> articles) =>
        agreements.Where(x => db.Mentions.Any(m => m.AgreementId == x.Id && m.State != ReviewState.Rejected && articles.Any(a => a.Id == m.ArticleId)));

    /// <summary>The sources of these events (by key) as the kept articles back them.</summary>
    public static async Task<Dictionary<string, Corroboration>> RecountEventsAsync(TrackerDbContext db, TimelineFilter filter, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = await db.Events.Where(e => keys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, e => e.Id, cancellationToken);
        var counts = await CorroborationCounter.CountEventsAsync(db, ids.Values, Kept(db, filter), cancellationToken);
        return ids.ToDictionary(x => x.Key, x => counts.GetValueOrDefault(x.Value) ?? new Corroboration(), StringComparer.Ordinal);
    }

    /// <summary>The sources of these agreements (by key) as the kept articles back them.</summary>
    public static async Task<Dictionary<string, Corroboration>> RecountAgreementsAsync(TrackerDbContext db, TimelineFilter filter, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = await db.Agreements.Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, a => a.Id, cancellationToken);
        var counts = await CorroborationCounter.CountAgreementsAsync(db, ids.Values, Kept(db, filter), cancellationToken);
        return ids.ToDictionary(x => x.Key, x => counts.GetValueOrDefault(x.Value) ?? new Corroboration(), StringComparer.Ordinal);
    }

    /// <summary>The entries with their sources as the kept articles back them.</summary>
    public static async Task<List<TimelineEntry>> RecountAsync(TrackerDbContext db, TimelineFilter filter, List<TimelineEntry> entries, CancellationToken cancellationToken)
    {
        var kept = Kept(db, filter);
        var eventKeys = entries.Where(e => e.Kind == TimelineEntryKind.Event).Select(e => e.Key).Distinct().ToList();
        var agreementKeys = entries.Where(e => e.Kind == TimelineEntryKind.Milestone).Select(e => e.Key).Distinct().ToList();
        var eventIds = await db.Events.Where(e => eventKeys.Contains(e.Key)).ToDictionaryAsync(e => e.Key, e => e.Id, cancellationToken);
        var agreementIds = await db.Agreements.Where(a => agreementKeys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, a => a.Id, cancellationToken);
        var events = await CorroborationCounter.CountEventsAsync(db, eventIds.Values, kept, cancellationToken);
        var agreements = await CorroborationCounter.CountAgreementsAsync(db, agreementIds.Values, kept, cancellationToken);
        return entries.ConvertAll(e =>
        {
            var counts = e.Kind == TimelineEntryKind.Event
                ? events.GetValueOrDefault(eventIds.GetValueOrDefault(e.Key))
                : agreements.GetValueOrDefault(agreementIds.GetValueOrDefault(e.Key));
            return e with { Sources = counts ?? new Corroboration() };
        });
    }
}
