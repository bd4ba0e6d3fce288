using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>
/// What only PostgreSQL has: each article's French text-search vector, over the title and the clean text with
/// accents removed, in its own table with a GIN index behind it (<see cref="ArticleSearchEntry"/>). The function
/// that computes it and the trigger that keeps it are made by the SearchIndexApart migration.
/// </summary>
internal sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public const string SearchTable = "ArticleSearch";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.HasPostgresExtension("unaccent");
        // Trigrams for the timeline's words filter (lower(title) LIKE '%…%'): the index itself is an expression
        // index EF Core cannot model, made by hand in the BrowseAtScale migration.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<ArticleSearchEntry>(entry =>
        {
            entry.ToTable(SearchTable);
            entry.HasKey(e => e.ArticleId);
            entry.Property(e => e.ArticleId).ValueGeneratedNever();
            entry.HasOne<Article>().WithOne().HasForeignKey<ArticleSearchEntry>(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
            entry.HasIndex(e => e.Vector).HasMethod("GIN");
        });
    }
}
