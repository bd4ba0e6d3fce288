using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Url).HasMaxLength(2048);
        builder.Property(a => a.CanonicalUrl).HasMaxLength(2048);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Outlet).HasMaxLength(200);
        builder.Property(a => a.Author).HasMaxLength(200);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.Charset).HasMaxLength(40);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Fingerprint).HasMaxLength(2000);
        builder.HasIndex(a => a.OwnDay);
        builder.ComplexCollection(a => a.Furniture, furniture => furniture.ToJson());

        // The last guards against storing one article twice, whatever the code above them does.
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.CanonicalUrl).IsUnique();
        builder.HasIndex(a => a.Published);
        builder.HasIndex(a => a.MainDate);
        builder.HasIndex(a => new { a.Status, a.ReceivedAt });
        builder.HasIndex(a => a.ReceivedAt);
        // The review queue's order.
        builder.HasIndex(a => new { a.Relevance, a.Published });
        builder.Property(a => a.RelevanceDecidedBy).HasMaxLength(256);
        // The outlet filters and the list of outlets; with the id in it, an outlet's articles are listed from the
        // index alone, which is what the timeline's outlet filter starts from.
        builder.HasIndex(a => new { a.Outlet, a.Id });
        // Covers the chart's count of articles per day (the news's day, else the publication day, on-topic only):
        // PostgreSQL answers it with an index-only scan instead of reading every article's row.
        builder.HasIndex(a => new { a.Published, a.OwnDay, a.IsRelevant });

        builder.Property(a => a.Voice).HasMaxLength(200);
        // An outlet's articles on its page, and the articles to give a new voice when an editor re-classifies it.
        builder.HasIndex(a => new { a.OutletId, a.Id });
        builder.HasIndex(a => a.AgencyId);
        // No foreign keys to Outlets: SQLite can add one to a table only by rebuilding it, which would drop the
        // search triggers on Articles; outlets are never deleted, so no key is left pointing at nothing.

        builder.HasOne(a => a.Story).WithMany(s => s.Articles).HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.ImportBatch).WithMany().HasForeignKey(a => a.ImportBatchId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.DatedFacts).WithOne().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne().HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
