using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class PendingPageConfiguration : IEntityTypeConfiguration<PendingPage>
{
    public void Configure(EntityTypeBuilder<PendingPage> builder)
    {
        builder.Property(p => p.Url).HasMaxLength(2048);
        builder.Property(p => p.CanonicalUrl).HasMaxLength(2048);
        builder.Property(p => p.FeedTitle).HasMaxLength(1000);
        builder.Property(p => p.FeedAuthor).HasMaxLength(200);
        builder.Property(p => p.LastError).HasMaxLength(4000);
        builder.HasIndex(p => p.CanonicalUrl).IsUnique();
        builder.HasIndex(p => new { p.Status, p.NextAttemptAt });
        builder.HasOne<Feed>().WithMany().HasForeignKey(p => p.FeedId).OnDelete(DeleteBehavior.SetNull);
    }
}
