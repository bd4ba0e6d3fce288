using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MaliRussiaTracker.Data.Configurations;

internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.Property(m => m.Evidence).HasMaxLength(2000);
        builder.Property(m => m.DecidedBy).HasMaxLength(256);
        builder.HasOne(m => m.Actor).WithMany().HasForeignKey(m => m.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Place).WithMany().HasForeignKey(m => m.PlaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Event).WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Agreement).WithMany().HasForeignKey(m => m.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ArticleId, m.State });
        // An actor's articles from the index alone, in article order: the article list's actor filter and the
        // actor's page read the article ids of the actor's mentions without visiting a mention's row.
        builder.HasIndex(m => new { m.ActorId, m.ArticleId, m.State });
        builder.HasIndex(m => new { m.EventId, m.State });
        // The same for places: the chart of a place-filtered timeline counts the articles that mention the place, and
        // without the article id in the index it read every mention's row (9 s for Bamako at 20,000 articles).
        builder.HasIndex(m => new { m.PlaceId, m.ArticleId, m.State });
        // The agreement list's outlet filter goes from an agreement's mentions to their articles.
        builder.HasIndex(m => new { m.AgreementId, m.ArticleId, m.State });

        // Exactly the target its kind names: a mention pointing at two things, or none, is a bug caught at the door.
        builder.ToTable(t => t.HasCheckConstraint("CK_Mentions_Target",
            """
            ("Kind" = 'Actor' AND "ActorId" IS NOT NULL AND "PlaceId" IS NULL AND "EventId" IS NULL AND "AgreementId" IS NULL)
            OR ("Kind" = 'Place' AND "PlaceId" IS NOT NULL AND "ActorId" IS NULL AND "EventId" IS NULL AND "AgreementId" IS NULL)
            OR ("Kind" = 'Event' AND "EventId" IS NOT NULL AND "ActorId" IS NULL AND "PlaceId" IS NULL AND "AgreementId" IS NULL)
            OR ("Kind" = 'Agreement' AND "AgreementId" IS NOT NULL AND "ActorId" IS NULL AND "PlaceId" IS NULL AND "EventId" IS NULL)
            """));
    }
}
