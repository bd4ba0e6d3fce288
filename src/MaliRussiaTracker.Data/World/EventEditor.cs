using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.World;

/// <summary>What an editor sets on an event: its place and participants by slug.</summary>
public sealed record EventChanges(string Title, PartialDate Date, string? PlaceSlug, IReadOnlyList<string> Participants, string? Description, IReadOnlyList<string> Keywords);

/// <summary>Editors' changes to events, each audited: editing one (which confirms a candidate), and merging a candidate or a duplicate into another.</summary>
public sealed class EventEditor(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, IEnumerable<IWorldObserver> observers)
{
    /// <summary>The event as the edit form starts from it, and whether it is still a candidate; null if there is none.</summary>
    public async Task<(EventChanges Values, EntryStatus Status)?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.AsNoTracking().Include(e => e.Participants).Include(e => e.Place).SingleOrDefaultAsync(e => e.Key == key, cancellationToken);
        if (ev is null)
            return null;
        var state = Describe(ev);
        return (new EventChanges(state.Title, state.Date, state.Place, state.Participants, state.Description, state.Keywords), state.Status);
    }

    public async Task SaveAsync(string key, EventChanges changes, string user, CancellationToken cancellationToken)
    {
        var title = WorldText.Required(changes.Title, "An event's title");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ev = await db.Events.Include(e => e.Participants).Include(e => e.Place).SingleOrDefaultAsync(e => e.Key == key, cancellationToken)
            ?? throw new WorldEditException($"There is no event « {key} ».");
        var before = Describe(ev);

        Place? place = null;
        if (!string.IsNullOrWhiteSpace(changes.PlaceSlug))
        {
            place = await db.Places.SingleOrDefaultAsync(p => p.Slug == changes.PlaceSlug, cancellationToken)
                ?? throw new WorldEditException($"There is no place « {changes.PlaceSlug} ».");
        }

        var slugs = WorldText.Distinct(changes.Participants).ToList();
        var participants = await db.Actors.Where(a => slugs.Contains(a.Slug)).ToListAsync(cancellationToken);
        if (slugs.Except(participants.Select(a => a.Slug)).FirstOrDefault() is { } unknown)
            throw new WorldEditException($"There is no actor « {unknown} ».");

        ev.Title = title;
        ev.Date = changes.Date;
        ev.Place = place;
        ev.Description = string.IsNullOrWhiteSpace(changes.Description) ? null : changes.Description.Trim();
        ev.Keywords = [.. WorldText.Distinct(changes.Keywords)];
        ev.Participants.Clear();
        ev.Participants.AddRange(participants);
        ev.Status = EntryStatus.Confirmed;

        AuditTrail.Record(db, author, "Event", key, before.Status == EntryStatus.Candidate ? "confirmed" : "edited", before, Describe(ev));
        await db.SaveChangesAsync(cancellationToken);
        observers.Notify();
    }

    /// <summary><paramref name="key"/> and <paramref name="intoKey"/> are one event: the first goes, its mentions move to the second.</summary>
    public async Task MergeAsync(string key, string intoKey, string user, CancellationToken cancellationToken)
    {
        if (key == intoKey)
            throw new WorldEditException("An event cannot be merged into itself.");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var gone = await db.Events.Include(e => e.Participants).Include(e => e.Place).SingleOrDefaultAsync(e => e.Key == key, cancellationToken)
            ?? throw new WorldEditException($"There is no event « {key} ».");
        var kept = await db.Events.SingleOrDefaultAsync(e => e.Key == intoKey, cancellationToken)
            ?? throw new WorldEditException($"There is no event « {intoKey} ».");

        await db.Mentions.Where(m => m.EventId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.EventId, kept.Id), cancellationToken);
        AuditTrail.Record(db, author, "Event", key, "merged", Describe(gone), new { MergedInto = intoKey });
        db.Events.Remove(gone);
        await db.SaveChangesAsync(cancellationToken);
        await CorroborationCounter.RecountAsync(db, [kept.Id], [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        observers.Notify();
    }

    private static EventState Describe(Event ev) =>
        new(ev.Title, ev.Date, ev.Place?.Slug, [.. ev.Participants.Select(p => p.Slug).Order()], ev.Description, [.. ev.Keywords], ev.Status);

    private sealed record EventState(string Title, PartialDate Date, string? Place, List<string> Participants, string? Description, List<string> Keywords, EntryStatus Status);
}
