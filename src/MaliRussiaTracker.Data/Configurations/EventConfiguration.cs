using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(150);
        builder.Property(e => e.Title).HasMaxLength(1000);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.ComplexProperty(e => e.Sources, sources =>
        {
            sources.Ignore(c => c.IsSingleSource);
            sources.Ignore(c => c.IsSingleOwner);
            sources.Ignore(c => c.IsOneWire);
            sources.Property(c => c.SoleVoice).HasMaxLength(200);
        });
        builder.HasIndex(e => e.Date);
        // The analysts' default view is the confirmed events in date order: a handful among thousands of candidates.
        builder.HasIndex(e => new { e.Status, e.Date });
        // The setter of Date keeps Earliest and Latest in step: EF Core must go through it, not the field.
        builder.Property(e => e.Date).UsePropertyAccessMode(PropertyAccessMode.Property);
        builder.HasIndex(e => new { e.Earliest, e.Latest });
        builder.HasOne(e => e.Place).WithMany().HasForeignKey(e => e.PlaceId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Participants).WithMany().UsingEntity("EventParticipants");
    }
}
