using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Postgres.Tests;

/// <summary>The search vector went from a generated column to one a trigger keeps: a database made before must not lose its search.</summary>
public sealed class SearchVectorUpgradeTests(EmptyPostgresDatabaseFixture database) : IClassFixture<EmptyPostgresDatabaseFixture>
{
    private const string LastWithTheGeneratedColumn = "20261126042923_BrowseAtScale";

    [Fact]
    public async Task Articles_stored_before_the_upgrade_are_still_found_and_those_stored_after_are_found_too()
    {
        long before;
        await using (var db = database.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(LastWithTheGeneratedColumn);
            before = await AddAsRowAsync(db, "Des instructeurs russes sont arrivés à Tombouctou.");
        }

        await database.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        await using (var db = database.NewContext())
        {
            var after = await AddAsync(db, "Un lot de drones livré à Gao par la Russie.");
            Assert.Equal([before], await SearchAsync(db, "instructeurs Tombouctou"));
            Assert.Equal([after], await SearchAsync(db, "drones Gao"));

            var changed = await db.Articles.SingleAsync(a => a.Id == before);
            changed.CleanText = "Des blindés russes sont arrivés à Kidal.";
            await db.SaveChangesAsync();
            Assert.Equal([before], await SearchAsync(db, "blindés Kidal"));
            Assert.Empty(await SearchAsync(db, "instructeurs Tombouctou"));
        }
    }

    // By hand, in the columns that schema had: today's model has columns added since.
    private static async Task<long> AddAsRowAsync(TrackerDbContext db, string text) =>
        (await db.Database.SqlQueryRaw<long>("""
            INSERT INTO "Articles" ("ContentHash", "RawText", "CleanText", "Title", "Relevance", "Status", "ReceivedAt", "Version", "Furniture")
            VALUES ({0}, {1}, {1}, 'Dépêche', 0, 'Pending', {2}, {3}, '[]') RETURNING "Id" AS "Value"
            """, Guid.NewGuid().ToString("N"), text, new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero), Guid.NewGuid()).ToListAsync())[0];

    private static async Task<long> AddAsync(TrackerDbContext db, string text)
    {
        var article = new Article
        {
            ContentHash = Guid.NewGuid().ToString("N"), RawText = text, CleanText = text, Title = "Dépêche",
            ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return article.Id;
    }

    private async Task<List<long>> SearchAsync(TrackerDbContext db, string words) =>
        await database.Services.GetRequiredService<IDatabaseProvider>().SearchArticles(db, words).Select(a => a.Id).ToListAsync();
}
