using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Pipeline;

/// <summary>Articles arriving one at a time, as from feeds, in either order, find their story.</summary>
public abstract class StoryArrivalTests
{
    /// <summary>A database of the case's own: the other order's articles must not be there to lean on.</summary>
    protected abstract DatabaseFixture NewDatabase();

    private static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), prefix + "_*.txt").Single());

    [Theory]
    [InlineData("000", "003")]
    [InlineData("003", "000")]
    public async Task Two_tellings_of_one_meeting_share_a_story_and_the_undated_one_takes_its_date_in_either_order(string first, string second)
    {
        var database = NewDatabase();
        await database.InitializeAsync();
        try
        {
            await ArriveAsync(database, first, second);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task ArriveAsync(DatabaseFixture database, string first, string second)
    {
        var services = database.Services;
        await services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);
        var intake = services.GetRequiredService<ArticleIntake>();
        var run = Guid.NewGuid().ToString("N")[..8];
        var ids = new Dictionary<string, long>();
        foreach (var seed in new[] { first, "002", second })
        {
            var result = await intake.SubmitAsync(new ArticleSubmission(Seed(seed)) { Url = $"https://arrival.example/{run}/{seed}" }, CancellationToken.None);
            ids[seed] = result.ArticleId;
        }

        await using var db = database.NewContext();
        var articles = await db.Articles.Where(a => ids.Values.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
        Assert.Equal(articles[ids["000"]].StoryId, articles[ids["003"]].StoryId);
        Assert.NotEqual(articles[ids["000"]].StoryId, articles[ids["002"]].StoryId);
        Assert.Equal(PartialDate.OfDay(2025, 4, 3), articles[ids["003"]].MainDate);
    }
}

public sealed class StoryArrivalTestsOnSqlite : StoryArrivalTests
{
    protected override DatabaseFixture NewDatabase() => new SqliteDatabaseFixture();
}

public sealed class StoryArrivalTestsOnPostgres : StoryArrivalTests
{
    protected override DatabaseFixture NewDatabase() => new PostgresDatabaseFixture();
}
