using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => s.MainDate);
    }
}
