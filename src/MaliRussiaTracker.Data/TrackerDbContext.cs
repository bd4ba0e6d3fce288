using MaliRussiaTracker.Core.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data;

/// <summary>
/// The one model both providers map; provider-specific SQL lives in the provider projects. Identity's users and
/// roles are part of it (its AspNet* tables), mapped by Identity's own base context: see docs/decisions/0008.
/// </summary>
/// The keys that protect cookies are here too (<see cref="IDataProtectionKeyContext"/>), for instances that share a PostgreSQL (decision 0015).
public class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Identity.ApiToken> ApiTokens => Set<Identity.ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<ActorAlias> ActorAliases => Set<ActorAlias>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<AgreementMilestone> AgreementMilestones => Set<AgreementMilestone>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<EventOutlet> EventOutlets => Set<EventOutlet>();
    public DbSet<AgreementOutlet> AgreementOutlets => Set<AgreementOutlet>();
    public DbSet<DatedFact> DatedFacts => Set<DatedFact>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<Feed> Feeds => Set<Feed>();
    public DbSet<PendingPage> PendingPages => Set<PendingPage>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportItem> ImportItems => Set<ImportItem>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RejectedCandidate> RejectedCandidates => Set<RejectedCandidate>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Dates are stored as their ISO text: it sorts in timeline order, so ORDER BY needs no extra column.
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(PartialDateConverter.MaxLength);
        // Enums as text keep the tables readable by a person with psql or sqlite3.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // A fresh version on every save makes the stored one the concurrency token: the second of two
    // editors saving the same article gets a DbUpdateConcurrencyException instead of overwriting.
    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Article>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                entry.Entity.Version = Guid.NewGuid();
        }
    }
}
