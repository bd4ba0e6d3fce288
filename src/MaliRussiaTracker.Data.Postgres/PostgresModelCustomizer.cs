using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NpgsqlTypes;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>
/// What only PostgreSQL has: each article's French text-search vector, kept by the database itself (a stored
/// generated column, so no code can forget to update it), over the title and the clean text with accents
/// removed, with a GIN index behind it.
/// </summary>
internal sealed class PostgresModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public const string SearchVector = "SearchVector";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.HasPostgresExtension("unaccent");
        // Trigrams for the timeline's words filter (lower(title) LIKE '%…%'): the index itself is an expression
        // index EF Core cannot model, made by hand in the BrowseAtScale migration.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<Article>(article =>
        {
            article.Property<NpgsqlTsVector>(SearchVector)
                .HasComputedColumnSql(
                    """setweight(to_tsvector('french', mrt_unaccent(coalesce("Title", ''))), 'A') || setweight(to_tsvector('french', mrt_unaccent("CleanText")), 'B')""",
                    stored: true);
            article.HasIndex(SearchVector).HasMethod("GIN");
        });
    }
}
