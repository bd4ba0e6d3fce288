using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using NpgsqlTypes;

namespace MaliRussiaTracker.Data.Postgres;

/// <summary>
/// What only PostgreSQL has: each article's French text-search vector, over the title and the clean text with
/// accents removed, with a GIN index behind it. The database keeps it, never the application: a trigger computes it
/// as an article is inserted or its title or text change, unless the inserting transaction promised to index its
/// articles itself (<see cref="PostgresDatabaseProvider.DeferSearchIndexAsync"/>). The function, the trigger and a
/// small index of the articles still waiting for their vector are made by the SearchIndexedLater migration.
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
            // Neither written nor read back by EF Core (nor by the bulk road, which follows the same rule): a few KB
            // an article that only the database's search uses.
            var vector = article.Property<NpgsqlTsVector?>(SearchVector).Metadata;
            vector.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            vector.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
            article.HasIndex(SearchVector).HasMethod("GIN");
            // The articles whose writer put their vector off and has not yet computed it: empty but for an import's
            // chunk in flight, so finding them costs nothing.
            article.HasIndex(a => a.Id).HasFilter($"\"{SearchVector}\" IS NULL").HasDatabaseName("IX_Articles_WaitingForSearch");
        });
    }
}
