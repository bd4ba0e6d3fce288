using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.World;

/// <summary>What an editor may create by hand: an actor of one of its kinds, an event, an agreement.</summary>
public enum NewEntryKind
{
    Person,
    Organisation,
    State,
    Event,
    Agreement,
}

/// <summary>An entry an editor starts from a name; its edit page then gives it the rest. An event needs its date.</summary>
public sealed record NewEntry(NewEntryKind Kind, string Name, PartialDate? Date = null);

/// <summary>
/// Entries an editor adds to the world without waiting for the machine to propose them, confirmed at once and audited.
/// The slug or key is made from the name, as the machine makes a candidate's, and made unique by a number.
/// </summary>
public sealed class WorldEntryCreator(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, IEnumerable<IWorldObserver> observers)
{
    /// <returns>The new entry's slug (an actor) or key (an event, an agreement).</returns>
    public async Task<string> CreateAsync(NewEntry entry, string user, CancellationToken cancellationToken)
    {
        var name = WorldText.Required(entry.Name, "A name");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        var stem = CandidateSlug.Of(name) is { Length: > 0 } s ? (s.Length > 80 ? s[..80].TrimEnd('-') : s) : throw new WorldEditException("A name needs letters.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string key;
        switch (entry.Kind)
        {
            case NewEntryKind.Event:
                var date = entry.Date ?? throw new WorldEditException("An event needs its date.");
                key = await FreeAsync($"{date.ToString().Replace('/', '-')}-{stem}", k => db.Events.AnyAsync(e => e.Key == k, cancellationToken));
                db.Events.Add(new Event { Key = key, Title = name, Date = date, Status = EntryStatus.Confirmed });
                AuditTrail.Record(db, author, "Event", key, "created", null, new { Title = name, Date = date });
                break;
            case NewEntryKind.Agreement:
                key = await FreeAsync(stem, k => db.Agreements.AnyAsync(a => a.Key == k, cancellationToken));
                db.Agreements.Add(new Agreement { Key = key, Title = name, Status = EntryStatus.Confirmed });
                AuditTrail.Record(db, author, "Agreement", key, "created", null, new { Title = name });
                break;
            default:
                var kind = entry.Kind switch { NewEntryKind.Organisation => ActorKind.Organisation, NewEntryKind.State => ActorKind.State, _ => ActorKind.Person };
                key = await FreeAsync(stem, k => db.Actors.AnyAsync(a => a.Slug == k, cancellationToken));
                db.Actors.Add(new Actor { Slug = key, Name = name, Kind = kind, Status = EntryStatus.Confirmed });
                AuditTrail.Record(db, author, "Actor", key, "created", null, new { Name = name, Kind = kind });
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        observers.Notify();
        return key;
    }

    private static async Task<string> FreeAsync(string stem, Func<string, Task<bool>> taken)
    {
        var key = stem;
        for (var n = 2; await taken(key); n++)
            key = $"{stem}-{n}";
        return key;
    }
}
