using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Outlets;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Sourcing;
using MaliRussiaTracker.Data.World;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Outlets;

/// <summary>What an editor sets on an outlet; the owner group's source and date go with the claim.</summary>
public sealed record OutletChanges(
    string Name, OutletKind Kind, string OwnerGroup, string? OwnerName, string? OwnerSource, DateOnly? OwnerDate,
    string? Country, string? Language, IReadOnlyList<string> Variants, IReadOnlyList<string> Domains);

/// <summary>
/// Editors' changes to outlets, each audited. Saving one confirms a candidate; giving it another owner group gives
/// its articles (and those that reprint it) their new voice and counts again every event and agreement they back,
/// in the same transaction, so no page shows the old owner's counts beside the new one.
/// </summary>
public sealed class OutletEditor(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, IEnumerable<IWorldObserver> observers)
{
    public async Task<(OutletChanges Values, EntryStatus Status)?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var outlet = await db.Outlets.AsNoTracking().SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        return outlet is null ? null : (Describe(outlet), outlet.Status);
    }

    public async Task SaveAsync(string slug, OutletChanges changes, string user, CancellationToken cancellationToken)
    {
        var name = WorldText.Required(changes.Name, "An outlet's name");
        var group = OwnerGroupKey(WorldText.Required(changes.OwnerGroup, "An outlet's owner group"));
        var author = new ChangeAuthor(user, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outlet = await db.Outlets.SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken)
            ?? throw new WorldEditException($"There is no outlet « {slug} ».");
        var before = Describe(outlet);
        var wasCandidate = outlet.Status == EntryStatus.Candidate;

        outlet.Name = name;
        outlet.Kind = changes.Kind;
        outlet.OwnerGroup = group;
        outlet.OwnerName = Optional(changes.OwnerName);
        outlet.OwnerSource = Optional(changes.OwnerSource);
        outlet.OwnerDate = changes.OwnerDate;
        outlet.Country = Optional(changes.Country)?.ToUpperInvariant();
        outlet.Language = Optional(changes.Language)?.ToLowerInvariant();
        outlet.Variants = [.. WorldText.Distinct(changes.Variants).Where(v => v != name)];
        outlet.Domains = [.. WorldText.Distinct(changes.Domains.Select(OutletIdentifier.DomainKey))];
        outlet.Status = EntryStatus.Confirmed;

        AuditTrail.Record(db, author, "Outlet", slug, wasCandidate ? "confirmed" : "edited", before, Describe(outlet));
        await db.SaveChangesAsync(cancellationToken);
        if (before.OwnerGroup != group)
            await GiveNewVoiceAsync(db, outlet, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        observers.Notify();
    }

    // An article's voice is its agency's where it reprints one, else its outlet's (Article.Voice).
    private static async Task GiveNewVoiceAsync(TrackerDbContext db, Outlet outlet, CancellationToken cancellationToken)
    {
        var voice = outlet.Voice;
        await db.Articles.Where(a => a.AgencyId == outlet.Id || (a.OutletId == outlet.Id && a.AgencyId == null))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Voice, voice), cancellationToken);
        var articles = db.Articles.Where(a => a.OutletId == outlet.Id || a.AgencyId == outlet.Id).Select(a => a.Id);
        var backed = db.Mentions.Where(m => m.State != ReviewState.Rejected && articles.Contains(m.ArticleId));
        var events = await backed.Where(m => m.EventId != null).Select(m => m.EventId!.Value).Distinct().ToListAsync(cancellationToken);
        var agreements = await backed.Where(m => m.AgreementId != null).Select(m => m.AgreementId!.Value).Distinct().ToListAsync(cancellationToken);
        await CorroborationCounter.RecountAsync(db, events, agreements, cancellationToken);
    }

    /// <summary>An owner group as it is stored: its key, lower case, words joined by dashes (« État russe » would not be one group with « état russe »).</summary>
    public static string OwnerGroupKey(string group)
    {
        var key = OutletIdentifier.Slugify(group);
        return key.Length == 0 ? Outlet.Independent : key;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static OutletChanges Describe(Outlet outlet) => new(
        outlet.Name, outlet.Kind, outlet.OwnerGroup, outlet.OwnerName, outlet.OwnerSource, outlet.OwnerDate, outlet.Country, outlet.Language,
        [.. outlet.Variants.Order(StringComparer.Ordinal)], [.. outlet.Domains.Order(StringComparer.Ordinal)]);
}
