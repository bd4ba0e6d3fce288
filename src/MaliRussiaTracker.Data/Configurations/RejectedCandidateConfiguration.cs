using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class RejectedCandidateConfiguration : IEntityTypeConfiguration<RejectedCandidate>
{
    public void Configure(EntityTypeBuilder<RejectedCandidate> builder)
    {
        // Key lengths follow the entries' own: an event key is up to 150 characters.
        builder.Property(r => r.Key).HasMaxLength(150);
        builder.Property(r => r.Name).HasMaxLength(1000);
        builder.Property(r => r.RejectedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.Kind, r.Key }).IsUnique();
    }
}
