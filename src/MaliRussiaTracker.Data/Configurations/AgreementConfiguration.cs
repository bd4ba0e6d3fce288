using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(150);
        builder.Property(a => a.Title).HasMaxLength(1000);
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => a.Status);
        builder.ComplexProperty(a => a.Sources, sources =>
        {
            sources.Ignore(c => c.IsSingleSource);
            sources.Ignore(c => c.IsSingleOwner);
            sources.Ignore(c => c.IsOneWire);
            sources.Property(c => c.SoleVoice).HasMaxLength(200);
        });
        builder.HasMany(a => a.Parties).WithMany().UsingEntity("AgreementParties");
        builder.HasMany(a => a.Milestones).WithOne(m => m.Agreement).HasForeignKey(m => m.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
