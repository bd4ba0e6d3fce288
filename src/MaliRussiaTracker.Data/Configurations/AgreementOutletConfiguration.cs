using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class AgreementOutletConfiguration : IEntityTypeConfiguration<AgreementOutlet>
{
    public void Configure(EntityTypeBuilder<AgreementOutlet> builder)
    {
        builder.HasKey(x => new { x.Outlet, x.AgreementId });
        builder.Property(x => x.Outlet).HasMaxLength(200);
        builder.HasIndex(x => x.AgreementId);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
