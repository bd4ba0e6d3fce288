using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(8000);
        builder.Property(q => q.DecidedBy).HasMaxLength(256);
        builder.Property(q => q.SpeakerName).HasMaxLength(300);
        builder.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(q => new { q.ArticleId, q.State });
        builder.HasIndex(q => q.SpeakerId);
    }
}
