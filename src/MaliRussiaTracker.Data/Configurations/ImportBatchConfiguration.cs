using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.Property(b => b.FileName).HasMaxLength(500);
        builder.Property(b => b.StartedBy).HasMaxLength(256);
        builder.Property(b => b.Error).HasMaxLength(4000);
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.ImportBatchId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.FileHash).HasMaxLength(64);
        builder.HasIndex(b => b.StartedAt);
        builder.HasIndex(b => new { b.FileHash, b.Status });
    }
}
