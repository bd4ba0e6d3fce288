using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.User).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityKey).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.User, a.At });
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => new { a.ArticleId, a.At });
    }
}
