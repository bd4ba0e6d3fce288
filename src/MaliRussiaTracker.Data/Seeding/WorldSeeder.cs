using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;
using MaliRussiaTracker.Core.Outlets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Data.Seeding;

/// <summary>What one seeding run added.</summary>
public sealed record SeedReport(int Actors, int Places, int Events, int Agreements, int Outlets = 0)
{
    public int Total => Actors + Places + Events + Agreements + Outlets;
}

/// <summary>
/// Inserts the entries of the starting world that the database lacks, by slug or key, and touches nothing
/// that is there: an editor's change to a seeded row must outlive every restart. A whole entry is the unit:
/// an alias an editor removed from a seeded actor is not put back.
/// </summary>
public sealed class WorldSeeder(IDbContextFactory<TrackerDbContext> contexts, ILogger<WorldSeeder> logger)
{
    private const int Attempts = 3;

    public Task<SeedReport> SeedAsync(CancellationToken cancellationToken) => SeedAsync(StartingWorld.LoadEmbedded(), cancellationToken);

    public Task<SeedReport> SeedAsync(StartingWorld world, CancellationToken cancellationToken) => SeedAsync(world, OutletRegistry.LoadEmbedded(), cancellationToken);

    public async Task<SeedReport> SeedAsync(StartingWorld world, OutletRegistry registry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var report = await SeedOnceAsync(world, registry, cancellationToken);
                if (report.Total > 0)
                    logger.LogInformation("Seeded the starting world: {Actors} actors, {Places} places, {Events} events, {Agreements} agreements, {Outlets} outlets",
                        report.Actors, report.Places, report.Events, report.Agreements, report.Outlets);
                return report;
            }
            catch (DbUpdateException e) when (attempt < Attempts)
            {
                // Another instance seeding at the same moment hit the unique keys first; what it inserted is read back next time.
                logger.LogWarning(e, "Seeding collided with another writer (attempt {Attempt}); trying again", attempt);
            }
        }
    }

    private async Task<SeedReport> SeedOnceAsync(StartingWorld world, OutletRegistry registry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var actors = await db.Actors.ToDictionaryAsync(a => a.Slug, StringComparer.Ordinal, cancellationToken);
        var newActors = world.Actors.Where(a => !actors.ContainsKey(a.Slug)).Select(ToActor).ToList();
        db.Actors.AddRange(newActors);
        foreach (var actor in newActors)
            actors[actor.Slug] = actor;

        var places = await db.Places.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        var newPlaces = world.Places.Where(p => !places.ContainsKey(p.Slug)).Select(p => ToPlace(p, actors)).ToList();
        db.Places.AddRange(newPlaces);
        foreach (var place in newPlaces)
            places[place.Slug] = place;

        var eventKeys = await db.Events.Select(e => e.Key).ToHashSetAsync(cancellationToken);
        var newEvents = world.Events.Where(e => !eventKeys.Contains(e.Key)).Select(e => ToEvent(e, actors, places)).ToList();
        db.Events.AddRange(newEvents);

        var agreementKeys = await db.Agreements.Select(a => a.Key).ToHashSetAsync(cancellationToken);
        var newAgreements = world.Agreements.Where(a => !agreementKeys.Contains(a.Key)).Select(a => ToAgreement(a, actors)).ToList();
        db.Agreements.AddRange(newAgreements);

        var outletSlugs = await db.Outlets.Select(o => o.Slug).ToHashSetAsync(cancellationToken);
        var newOutlets = registry.Outlets.Where(o => !outletSlugs.Contains(o.Slug)).Select(ToOutlet).ToList();
        db.Outlets.AddRange(newOutlets);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SeedReport(newActors.Count, newPlaces.Count, newEvents.Count, newAgreements.Count, newOutlets.Count);
    }

    private static Actor ToActor(WorldActor actor) => new()
    {
        Slug = actor.Slug,
        Name = actor.Name,
        Kind = actor.Kind,
        Description = actor.Description,
        Status = EntryStatus.Confirmed,
        Aliases =
        [
            .. actor.AliasList.Distinct(StringComparer.Ordinal).Select(a => new ActorAlias { Text = a, Kind = AliasKind.Name }),
            .. actor.RoleList.Distinct(StringComparer.Ordinal).Select(r => new ActorAlias { Text = r, Kind = AliasKind.Role }),
        ],
    };

    private static Outlet ToOutlet(RegistryOutlet outlet) => new()
    {
        Slug = outlet.Slug,
        Name = outlet.Name,
        Variants = [.. outlet.VariantList.Distinct(StringComparer.Ordinal)],
        Domains = [.. outlet.DomainList.Select(OutletIdentifier.DomainKey).Distinct(StringComparer.Ordinal)],
        Country = outlet.Country,
        Language = outlet.Language,
        Kind = outlet.Kind,
        OwnerGroup = outlet.Owner,
        OwnerName = outlet.OwnerName,
        OwnerSource = outlet.OwnerSource,
        OwnerDate = outlet.OwnerDate,
        Status = EntryStatus.Confirmed,
    };

    private static Place ToPlace(WorldPlace place, Dictionary<string, Actor> actors) => new()
    {
        Slug = place.Slug,
        Name = place.Name,
        Kind = place.Kind,
        Description = place.Description,
        Status = EntryStatus.Confirmed,
        Aliases = [.. place.AliasList],
        GovernmentActor = place.Government is null ? null : actors[place.Government],
    };

    private static Event ToEvent(WorldEvent ev, Dictionary<string, Actor> actors, Dictionary<string, Place> places) => new()
    {
        Key = ev.Key,
        Title = ev.Title,
        Description = ev.Description,
        Date = ev.Date,
        Status = EntryStatus.Confirmed,
        Place = ev.Place is null ? null : places[ev.Place],
        Keywords = [.. ev.Keywords],
        Participants = [.. ev.Participants.Distinct(StringComparer.Ordinal).Select(p => actors[p])],
    };

    private static Agreement ToAgreement(WorldAgreement agreement, Dictionary<string, Actor> actors) => new()
    {
        Key = agreement.Key,
        Title = agreement.Title,
        Description = agreement.Description,
        Status = EntryStatus.Confirmed,
        Keywords = [.. agreement.Keywords],
        Parties = [.. agreement.Parties.Distinct(StringComparer.Ordinal).Select(p => actors[p])],
        Milestones = [.. agreement.Milestones.Select(m => new AgreementMilestone { Date = m.Date, Description = m.Description })],
    };
}
