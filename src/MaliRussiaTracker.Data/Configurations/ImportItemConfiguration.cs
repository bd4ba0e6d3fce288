using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class ImportItemConfiguration : IEntityTypeConfiguration<ImportItem>
{
    public void Configure(EntityTypeBuilder<ImportItem> builder)
    {
        builder.Property(i => i.Reference).HasMaxLength(2048);
        builder.Property(i => i.Reason).HasMaxLength(2000);
        // One result per position: a resumed import cannot record an item twice.
        builder.HasIndex(i => new { i.ImportBatchId, i.Position }).IsUnique();
        builder.HasOne(i => i.Article).WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
