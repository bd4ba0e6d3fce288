using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.World;

/// <summary>What an editor sets on an actor; names and roles are its aliases, the texts that stand for it.</summary>
public sealed record ActorChanges(string Name, ActorKind Kind, string? Description, IReadOnlyList<string> Names, IReadOnlyList<string> Roles);

/// <summary>
/// Editors' changes to actors, each audited: editing one (which confirms a candidate), and merging a duplicate
/// or a candidate into an existing actor, every mention, quote and participation following it.
/// </summary>
public sealed class ActorEditor(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, IEnumerable<IWorldObserver> observers)
{
    /// <summary>The actor as the edit form starts from it, and whether it is still a candidate; null if there is none.</summary>
    public async Task<(ActorChanges Values, EntryStatus Status)?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (actor is null)
            return null;
        var state = Describe(actor);
        return (new ActorChanges(state.Name, state.Kind, state.Description, state.Names, state.Roles), state.Status);
    }

    public async Task SaveAsync(string slug, ActorChanges changes, string user, CancellationToken cancellationToken)
    {
        var name = WorldText.Required(changes.Name, "An actor's name");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken)
            ?? throw new WorldEditException($"There is no actor « {slug} ».");
        var before = Describe(actor);

        actor.Name = name;
        actor.Kind = changes.Kind;
        actor.Description = string.IsNullOrWhiteSpace(changes.Description) ? null : changes.Description.Trim();
        actor.Status = EntryStatus.Confirmed;
        // One text stands for an actor once: as a name if the editor typed it in both lists.
        var names = WorldText.Distinct(changes.Names).ToList();
        var wanted = names.Select(t => (Text: t, Kind: AliasKind.Name))
            .Concat(WorldText.Distinct(changes.Roles).Where(r => !names.Contains(r)).Select(t => (Text: t, Kind: AliasKind.Role)))
            .ToList();
        actor.Aliases.RemoveAll(a => !wanted.Contains((a.Text, a.Kind)));
        foreach (var (text, kind) in wanted.Where(w => !actor.Aliases.Any(a => a.Text == w.Text && a.Kind == w.Kind)))
            actor.Aliases.Add(new ActorAlias { Text = text, Kind = kind });

        AuditTrail.Record(db, author, "Actor", slug, before.Status == EntryStatus.Candidate ? "confirmed" : "edited", before, Describe(actor));
        await db.SaveChangesAsync(cancellationToken);
        observers.Notify();
    }

    /// <summary>
    /// <paramref name="slug"/> and <paramref name="intoSlug"/> are one actor: the first goes, its names become the
    /// second's aliases, and its mentions, quotes, events and agreements move over.
    /// </summary>
    public async Task MergeAsync(string slug, string intoSlug, string user, CancellationToken cancellationToken)
    {
        if (slug == intoSlug)
            throw new WorldEditException("An actor cannot be merged into itself.");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var gone = await db.Actors.Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken)
            ?? throw new WorldEditException($"There is no actor « {slug} ».");
        var kept = await db.Actors.Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == intoSlug, cancellationToken)
            ?? throw new WorldEditException($"There is no actor « {intoSlug} ».");

        foreach (var (text, kind) in gone.Aliases.Select(a => (a.Text, a.Kind)).Append((gone.Name, AliasKind.Name)).Distinct())
        {
            if (text != kept.Name && !kept.Aliases.Any(a => a.Text == text))
                kept.Aliases.Add(new ActorAlias { Text = text, Kind = kind });
        }

        await db.Mentions.Where(m => m.ActorId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ActorId, kept.Id), cancellationToken);
        await db.Quotes.Where(q => q.SpeakerId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.SpeakerId, kept.Id), cancellationToken);
        await db.Places.Where(p => p.GovernmentActorId == gone.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.GovernmentActorId, kept.Id), cancellationToken);
        foreach (var ev in await db.Events.Include(e => e.Participants).Where(e => e.Participants.Any(p => p.Id == gone.Id)).ToListAsync(cancellationToken))
            Replace(ev.Participants, gone, kept);
        foreach (var agreement in await db.Agreements.Include(a => a.Parties).Where(a => a.Parties.Any(p => p.Id == gone.Id)).ToListAsync(cancellationToken))
            Replace(agreement.Parties, gone, kept);

        AuditTrail.Record(db, author, "Actor", slug, "merged", Describe(gone), new { MergedInto = intoSlug });
        db.Actors.Remove(gone);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        observers.Notify();
    }

    private static void Replace(List<Actor> actors, Actor gone, Actor kept)
    {
        actors.RemoveAll(a => a.Id == gone.Id);
        if (!actors.Any(a => a.Id == kept.Id))
            actors.Add(kept);
    }

    private static ActorState Describe(Actor actor) => new(
        actor.Name, actor.Kind, actor.Description, actor.Status,
        [.. actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text).Order()],
        [.. actor.Aliases.Where(a => a.Kind == AliasKind.Role).Select(a => a.Text).Order()]);

    private sealed record ActorState(string Name, ActorKind Kind, string? Description, EntryStatus Status, List<string> Names, List<string> Roles);
}
