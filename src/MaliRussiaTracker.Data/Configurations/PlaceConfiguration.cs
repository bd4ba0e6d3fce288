using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.GovernmentActor).WithMany().HasForeignKey(p => p.GovernmentActorId).OnDelete(DeleteBehavior.SetNull);
    }
}
