using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.Property(f => f.Url).HasMaxLength(2048);
        builder.Property(f => f.Title).HasMaxLength(500);
        builder.Property(f => f.ETag).HasMaxLength(500);
        builder.Property(f => f.LastModified).HasMaxLength(100);
        builder.Property(f => f.LastError).HasMaxLength(4000);
        builder.HasIndex(f => f.Url).IsUnique();
        builder.HasIndex(f => new { f.IsPaused, f.NextCheckAt });
    }
}
