using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class DatedFactConfiguration : IEntityTypeConfiguration<DatedFact>
{
    public void Configure(EntityTypeBuilder<DatedFact> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(500);
        builder.Property(d => d.Resolution).HasMaxLength(500);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.ArticleId, d.State });
        builder.HasIndex(d => d.Date);
    }
}
