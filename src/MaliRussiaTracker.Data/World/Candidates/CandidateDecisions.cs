using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.World.Candidates;

/// <summary>What an editor confirms a candidate as: its name, what it is, and the other names it goes by.</summary>
public sealed record CandidateConfirmation(string Name, CandidateKind Kind, IReadOnlyList<string> Names);

/// <summary>
/// The three answers an editor gives a candidate from the candidates page, each audited as the edit pages'
/// changes are: it is an entry (confirmed with its names and kind), it is an entry we have (merged), or it is
/// nothing (rejected: the entry goes and its key is kept, so no later article proposes it again).
/// </summary>
public sealed class CandidateDecisions(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ActorEditor actors, EventEditor events, IEnumerable<IWorldObserver> observers)
{
    public async Task ConfirmAsync(CandidateKind kind, string key, CandidateConfirmation confirmation, string user, CancellationToken cancellationToken)
    {
        var name = WorldText.Required(confirmation.Name, "A name");
        var names = WorldText.Distinct(confirmation.Names).Where(n => n != name).ToList();
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        switch (Table(kind))
        {
            case WorldEntryKind.Actor:
                var actor = await db.Actors.Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == key && a.Status == EntryStatus.Candidate, cancellationToken) ?? throw Missing(key);
                var before = new { actor.Name, actor.Kind, Names = actor.Aliases.Select(a => a.Text).Order().ToList(), actor.Status };
                (actor.Name, actor.Kind, actor.Status) = (name, ActorKindOf(kind), EntryStatus.Confirmed);
                foreach (var alias in names.Where(n => !actor.Aliases.Any(a => a.Text == n)))
                    actor.Aliases.Add(new ActorAlias { Text = alias, Kind = AliasKind.Name });
                AuditTrail.Record(db, author, "Actor", key, "confirmed", before, new { actor.Name, actor.Kind, Names = actor.Aliases.Select(a => a.Text).Order().ToList(), actor.Status });
                break;
            case WorldEntryKind.Place:
                var place = await db.Places.SingleOrDefaultAsync(p => p.Slug == key && p.Status == EntryStatus.Candidate, cancellationToken) ?? throw Missing(key);
                var placeBefore = new { place.Name, Names = place.Aliases.ToList(), place.Status };
                (place.Name, place.Status) = (name, EntryStatus.Confirmed);
                place.Aliases = [.. place.Aliases.Union(names)];
                AuditTrail.Record(db, author, "Place", key, "confirmed", placeBefore, new { place.Name, Names = place.Aliases, place.Status });
                break;
            case WorldEntryKind.Event:
                var ev = await db.Events.SingleOrDefaultAsync(e => e.Key == key && e.Status == EntryStatus.Candidate, cancellationToken) ?? throw Missing(key);
                AuditTrail.Record(db, author, "Event", key, "confirmed", new { ev.Title, ev.Status }, new { Title = name, Status = EntryStatus.Confirmed });
                (ev.Title, ev.Status) = (name, EntryStatus.Confirmed);
                break;
            default:
                var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Key == key && a.Status == EntryStatus.Candidate, cancellationToken) ?? throw Missing(key);
                AuditTrail.Record(db, author, "Agreement", key, "confirmed", new { agreement.Title, agreement.Status }, new { Title = name, Status = EntryStatus.Confirmed });
                (agreement.Title, agreement.Status) = (name, EntryStatus.Confirmed);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        observers.Notify();
    }

    /// <summary>The candidate is <paramref name="intoKey"/>, an entry of the same table: its mentions move there and it goes.</summary>
    public async Task MergeAsync(CandidateKind kind, string key, string intoKey, string user, CancellationToken cancellationToken)
    {
        switch (Table(kind))
        {
            case WorldEntryKind.Actor:
                await actors.MergeAsync(key, intoKey, user, cancellationToken);
                return;
            case WorldEntryKind.Event:
                await events.MergeAsync(key, intoKey, user, cancellationToken);
                return;
        }

        if (key == intoKey)
            throw new WorldEditException("An entry cannot be merged into itself.");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (kind == CandidateKind.Place)
        {
            var gone = await db.Places.SingleOrDefaultAsync(p => p.Slug == key, cancellationToken) ?? throw Missing(key);
            var kept = await db.Places.SingleOrDefaultAsync(p => p.Slug == intoKey, cancellationToken) ?? throw Missing(intoKey);
            await db.Mentions.Where(m => m.PlaceId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.PlaceId, kept.Id), cancellationToken);
            await db.Events.Where(e => e.PlaceId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.PlaceId, kept.Id), cancellationToken);
            kept.Aliases = [.. kept.Aliases.Union(gone.Aliases.Append(gone.Name)).Where(n => n != kept.Name)];
            AuditTrail.Record(db, author, "Place", key, "merged", new { gone.Name, gone.Status }, new { MergedInto = intoKey });
            db.Places.Remove(gone);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            var gone = await db.Agreements.SingleOrDefaultAsync(a => a.Key == key, cancellationToken) ?? throw Missing(key);
            var kept = await db.Agreements.SingleOrDefaultAsync(a => a.Key == intoKey, cancellationToken) ?? throw Missing(intoKey);
            await db.Mentions.Where(m => m.AgreementId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.AgreementId, kept.Id), cancellationToken);
            AuditTrail.Record(db, author, "Agreement", key, "merged", new { gone.Title, gone.Status }, new { MergedInto = intoKey });
            db.Agreements.Remove(gone);
            await db.SaveChangesAsync(cancellationToken);
            await CorroborationCounter.RecountAsync(db, [], [kept.Id], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        observers.Notify();
    }

    /// <summary>The candidate is nothing to keep: it goes with its suggestions, and its key stays as rejected.</summary>
    public async Task RejectAsync(CandidateKind kind, string key, string user, CancellationToken cancellationToken)
    {
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        var table = Table(kind);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only a candidate: a confirmed entry is an editor's, and goes only by an editor's merge.
        object? gone = table switch
        {
            WorldEntryKind.Actor => await db.Actors.SingleOrDefaultAsync(a => a.Slug == key && a.Status == EntryStatus.Candidate, cancellationToken),
            WorldEntryKind.Place => await db.Places.SingleOrDefaultAsync(p => p.Slug == key && p.Status == EntryStatus.Candidate, cancellationToken),
            WorldEntryKind.Event => await db.Events.SingleOrDefaultAsync(e => e.Key == key && e.Status == EntryStatus.Candidate, cancellationToken),
            _ => await db.Agreements.SingleOrDefaultAsync(a => a.Key == key && a.Status == EntryStatus.Candidate, cancellationToken),
        };
        var name = gone switch
        {
            Actor a => a.Name,
            Place p => p.Name,
            Event e => e.Title,
            Agreement a => a.Title,
            _ => throw Missing(key),
        };
        db.Remove(gone);
        if (!await db.RejectedCandidates.AnyAsync(r => r.Kind == table && r.Key == key, cancellationToken))
            db.RejectedCandidates.Add(new RejectedCandidate { Kind = table, Key = key, Name = name, RejectedBy = user, RejectedAt = author.At });
        AuditTrail.Record(db, author, table.ToString(), key, "rejected", new { Name = name, Status = EntryStatus.Candidate }, null);
        await db.SaveChangesAsync(cancellationToken);
        observers.Notify();
    }

    public static WorldEntryKind Table(CandidateKind kind) => kind switch
    {
        CandidateKind.Place => WorldEntryKind.Place,
        CandidateKind.Event => WorldEntryKind.Event,
        CandidateKind.Agreement => WorldEntryKind.Agreement,
        _ => WorldEntryKind.Actor,
    };

    private static ActorKind ActorKindOf(CandidateKind kind) => kind switch
    {
        CandidateKind.Organisation => ActorKind.Organisation,
        CandidateKind.State => ActorKind.State,
        CandidateKind.Person => ActorKind.Person,
        _ => throw new WorldEditException($"An actor cannot be a « {kind} »."),
    };

    private static WorldEditException Missing(string key) => new($"There is no candidate « {key} ».");
}
