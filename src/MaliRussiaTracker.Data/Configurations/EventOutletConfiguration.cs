using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class EventOutletConfiguration : IEntityTypeConfiguration<EventOutlet>
{
    public void Configure(EntityTypeBuilder<EventOutlet> builder)
    {
        // The outlet first: the timeline's outlet filter reads one outlet's events from the key alone.
        builder.HasKey(x => new { x.Outlet, x.EventId });
        builder.Property(x => x.Outlet).HasMaxLength(200);
        builder.HasIndex(x => x.EventId);
        builder.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
