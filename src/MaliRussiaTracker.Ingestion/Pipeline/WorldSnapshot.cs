using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Core.Outlets;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// The world as the database holds it now, in the engine's terms, with the ids the findings point to.
/// Only confirmed entries teach the engine: a machine's candidate must not vouch for itself.
/// </summary>
public sealed class WorldSnapshot
{
    private WorldSnapshot(KnownWorld world, Dictionary<string, long> actors, Dictionary<string, long> places, Dictionary<string, long> events, Dictionary<string, long> agreements, List<Outlet> outlets)
    {
        // Candidates too: an article of a candidate's domain belongs to it, rather than making a second candidate.
        Outlets = new OutletIdentifier(outlets.Select(o => new KnownOutlet(o.Slug, o.Name, o.Variants, o.Domains)));
        OutletsBySlug = outlets.ToDictionary(o => o.Slug, o => (o.Id, o.Voice, o.Name), StringComparer.Ordinal);
        World = world;
        ActorIds = actors;
        PlaceIds = places;
        EventIds = events;
        AgreementIds = agreements;
    }

    public KnownWorld World { get; }
    public IReadOnlyDictionary<string, long> ActorIds { get; }
    public IReadOnlyDictionary<string, long> PlaceIds { get; }
    public IReadOnlyDictionary<string, long> EventIds { get; }
    public IReadOnlyDictionary<string, long> AgreementIds { get; }
    public OutletIdentifier Outlets { get; }
    /// <summary>Each stored outlet's id, the voice its articles count as, and its name.</summary>
    public IReadOnlyDictionary<string, (long Id, string Voice, string Name)> OutletsBySlug { get; }

    public static async Task<WorldSnapshot> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Where(a => a.Status == EntryStatus.Confirmed).ToListAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().Include(p => p.GovernmentActor).Where(p => p.Status == EntryStatus.Confirmed).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Include(e => e.Place).Include(e => e.Participants).Where(e => e.Status == EntryStatus.Confirmed).AsSplitQuery().ToListAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Milestones).Where(a => a.Status == EntryStatus.Confirmed).AsSplitQuery().ToListAsync(cancellationToken);

        var outlets = await db.Outlets.AsNoTracking().ToListAsync(cancellationToken);

        var world = KnownWorld.From(
            actors.Select(a => new WorldActor(a.Slug, a.Name, a.Kind, a.Description,
                [.. a.Aliases.Where(x => x.Kind == AliasKind.Name).Select(x => x.Text)],
                [.. a.Aliases.Where(x => x.Kind == AliasKind.Role).Select(x => x.Text)])).ToList(),
            places.Select(p => new WorldPlace(p.Slug, p.Name, p.Kind, p.Description, p.Aliases, p.GovernmentActor?.Slug)).ToList(),
            events.Select(e => new WorldEvent(e.Key, e.Title, e.Date, [.. e.Participants.Select(p => p.Slug)], e.Keywords, e.Place?.Slug, e.Description)).ToList(),
            agreements.Select(a => new WorldAgreement(a.Key, a.Title, [.. a.Parties.Select(p => p.Slug)],
                [.. a.Milestones.Select(m => new WorldMilestone(m.Date, m.Description))], a.Keywords, a.Description)).ToList());

        return new WorldSnapshot(
            world,
            actors.ToDictionary(a => a.Slug, a => a.Id, StringComparer.Ordinal),
            places.ToDictionary(p => p.Slug, p => p.Id, StringComparer.Ordinal),
            events.ToDictionary(e => e.Key, e => e.Id, StringComparer.Ordinal),
            agreements.ToDictionary(a => a.Key, a => a.Id, StringComparer.Ordinal),
            outlets);
    }
}
