using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.Language).HasMaxLength(8);
        builder.Property(o => o.OwnerGroup).HasMaxLength(100);
        builder.Property(o => o.OwnerName).HasMaxLength(200);
        builder.Property(o => o.OwnerSource).HasMaxLength(1000);
        builder.Ignore(o => o.Voice);
        builder.HasIndex(o => o.Slug).IsUnique();
        // The list of outlets by owner group, and « this group alone » on an outlet's page.
        builder.HasIndex(o => o.OwnerGroup);
    }
}
