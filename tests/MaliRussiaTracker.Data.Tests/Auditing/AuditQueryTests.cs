using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Auditing;

public abstract class AuditQueryTests(DatabaseFixture database)
{
    [Fact]
    public async Task The_audit_filters_by_user_entity_and_day_newest_first()
    {
        var who = "audit-" + Guid.NewGuid().ToString("N")[..8];
        var other = who + "-autre";
        await using (var db = database.NewContext())
        {
            AuditTrail.Record(db, new ChangeAuthor(who, Day(3, 9)), "Actor", "sergei-lavrov", "edited", new { Name = "Lavrov" }, new { Name = "Sergueï Lavrov" });
            AuditTrail.Record(db, new ChangeAuthor(who, Day(4, 23)), "Event", "bamex-2025", "edited", null, new { Title = "BAMEX" });
            AuditTrail.Record(db, new ChangeAuthor(other, Day(4, 10)), "Actor", "sergei-lavrov", "merged", null, null);
            await db.SaveChangesAsync();
        }

        var query = database.Services.GetRequiredService<AuditQuery>();
        var mine = await query.GetAsync(new AuditFilter { User = who }, 0, 50, CancellationToken.None);
        Assert.Equal(["Event", "Actor"], mine.Rows.Select(r => r.EntityType));
        Assert.Equal("{\"Name\":\"Sergueï Lavrov\"}", mine.Rows[1].After);

        var lavrov = await query.GetAsync(new AuditFilter { EntityType = "Actor", EntityKey = "sergei-lavrov", From = new DateOnly(2026, 3, 4) }, 0, 50, CancellationToken.None);
        Assert.Equal([other], lavrov.Rows.Where(r => r.User.StartsWith(who, StringComparison.Ordinal)).Select(r => r.User));

        var fourth = await query.GetAsync(new AuditFilter { User = who, From = new DateOnly(2026, 3, 4), To = new DateOnly(2026, 3, 4) }, 0, 50, CancellationToken.None);
        Assert.Equal("bamex-2025", Assert.Single(fourth.Rows).EntityKey);
        Assert.Equal(1, fourth.Total);
    }

    private static DateTimeOffset Day(int day, int hour) => new(2026, 3, day, hour, 30, 0, TimeSpan.Zero);
}

public sealed class AuditQueryTestsOnSqlite(SqliteDatabaseFixture database) : AuditQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class AuditQueryTestsOnPostgres(PostgresDatabaseFixture database) : AuditQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
