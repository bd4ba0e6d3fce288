using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.World;

/// <summary>A step of an agreement as an editor writes it.</summary>
public sealed record MilestoneChange(PartialDate Date, string Description);

/// <summary>What an editor sets on an agreement: parties by slug, and its milestones, all of them.</summary>
public sealed record AgreementChanges(string Title, IReadOnlyList<string> Parties, IReadOnlyList<MilestoneChange> Milestones, string? Description, IReadOnlyList<string> Keywords);

/// <summary>Editors' changes to agreements, audited: title, parties and the milestones of its life.</summary>
public sealed class AgreementEditor(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, IEnumerable<IWorldObserver> observers)
{
    /// <summary>The agreement as the edit form starts from it; null if there is none.</summary>
    public async Task<AgreementChanges?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Milestones).SingleOrDefaultAsync(a => a.Key == key, cancellationToken);
        return agreement is null ? null : new AgreementChanges(
            agreement.Title, [.. agreement.Parties.Select(p => p.Slug).Order()],
            [.. agreement.Milestones.OrderBy(m => m.Date).Select(m => new MilestoneChange(m.Date, m.Description))], agreement.Description, [.. agreement.Keywords]);
    }

    public async Task SaveAsync(string key, AgreementChanges changes, string user, CancellationToken cancellationToken)
    {
        var title = WorldText.Required(changes.Title, "An agreement's title");
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreement = await db.Agreements.Include(a => a.Parties).Include(a => a.Milestones).SingleOrDefaultAsync(a => a.Key == key, cancellationToken)
            ?? throw new WorldEditException($"There is no agreement « {key} ».");
        var before = Describe(agreement);

        var slugs = WorldText.Distinct(changes.Parties).ToList();
        var parties = await db.Actors.Where(a => slugs.Contains(a.Slug)).ToListAsync(cancellationToken);
        if (slugs.Except(parties.Select(a => a.Slug)).FirstOrDefault() is { } unknown)
            throw new WorldEditException($"There is no actor « {unknown} ».");

        agreement.Title = title;
        agreement.Description = string.IsNullOrWhiteSpace(changes.Description) ? null : changes.Description.Trim();
        agreement.Keywords = [.. WorldText.Distinct(changes.Keywords)];
        agreement.Status = EntryStatus.Confirmed;
        agreement.Parties.Clear();
        agreement.Parties.AddRange(parties);

        // Milestones are matched by date and words: an unchanged one keeps its row, so nothing that points at it moves.
        var wanted = changes.Milestones.Select(m => (m.Date, Description: WorldText.Required(m.Description, "A milestone's description"))).Distinct().ToList();
        agreement.Milestones.RemoveAll(m => !wanted.Contains((m.Date, m.Description)));
        foreach (var (date, description) in wanted.Where(w => !agreement.Milestones.Any(m => m.Date == w.Date && m.Description == w.Description)))
            agreement.Milestones.Add(new AgreementMilestone { Date = date, Description = description });

        AuditTrail.Record(db, author, "Agreement", key, "edited", before, Describe(agreement));
        await db.SaveChangesAsync(cancellationToken);
        observers.Notify();
    }

    private static object Describe(Agreement agreement) => new
    {
        agreement.Title, agreement.Description, agreement.Status, Keywords = agreement.Keywords.ToList(),
        Parties = agreement.Parties.Select(p => p.Slug).Order().ToList(),
        Milestones = agreement.Milestones.OrderBy(m => m.Date).Select(m => new { m.Date, m.Description }).ToList(),
    };
}
