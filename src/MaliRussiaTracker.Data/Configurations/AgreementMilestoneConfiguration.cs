using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class AgreementMilestoneConfiguration : IEntityTypeConfiguration<AgreementMilestone>
{
    public void Configure(EntityTypeBuilder<AgreementMilestone> builder)
    {
        builder.Property(m => m.Description).HasMaxLength(2000);
        builder.HasIndex(m => m.Date);
        builder.Property(m => m.Date).UsePropertyAccessMode(PropertyAccessMode.Property);
        builder.HasIndex(m => new { m.Earliest, m.Latest });
    }
}
