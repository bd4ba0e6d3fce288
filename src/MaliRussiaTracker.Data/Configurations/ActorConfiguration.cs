using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(100);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Name);
        // The actor list's filters: confirmed or candidate, then the kind, in name order.
        builder.HasIndex(a => new { a.Status, a.Kind, a.Name });
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}
