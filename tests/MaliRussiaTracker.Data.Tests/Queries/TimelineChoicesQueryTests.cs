using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Data.Seeding;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Queries;

public abstract class TimelineChoicesQueryTests(DatabaseFixture database) : IAsyncLifetime
{
    private static readonly string[] OutletsOfThisClass = ["Choix Hebdo", "Choix Quotidien", "Choix Radio"];

    public async Task InitializeAsync()
    {
        await database.Services.GetRequiredService<WorldSeeder>().SeedAsync(CancellationToken.None);
        await using var db = database.NewContext();
        if (db.Articles.Any(a => a.Outlet == OutletsOfThisClass[0]))
            return;
        // Two articles of one outlet, one of each other, and one without an outlet, in no particular order.
        string?[] outlets = ["Choix Radio", "Choix Hebdo", null, "Choix Quotidien", "Choix Hebdo"];
        foreach (var (outlet, i) in outlets.Select((o, i) => (o, i)))
        {
            db.Articles.Add(new Article
            {
                ContentHash = $"choices-{i}".PadRight(64, '0'), RawText = "x", CleanText = "x", Outlet = outlet,
                ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
            });
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_outlets_offered_are_each_outlet_once_in_order_without_the_missing_one()
    {
        var choices = await database.Services.GetRequiredService<TimelineChoicesQuery>().GetAsync(CancellationToken.None);

        Assert.Equal(OutletsOfThisClass, choices.Outlets);
        Assert.Contains(choices.Actors, a => a.Slug == "sergei-lavrov");
    }
}

public sealed class TimelineChoicesQueryTestsOnSqlite(SqliteDatabaseFixture database) : TimelineChoicesQueryTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class TimelineChoicesQueryTestsOnPostgres(PostgresDatabaseFixture database) : TimelineChoicesQueryTests(database), IClassFixture<PostgresDatabaseFixture>;
