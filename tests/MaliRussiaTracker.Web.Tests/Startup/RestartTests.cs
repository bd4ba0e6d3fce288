using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Web.Tests.Startup;

public abstract class RestartTests(DatabaseFixture database)
{
    [Fact]
    public async Task A_restart_adds_no_row_and_keeps_an_editors_change_to_a_seeded_actor()
    {
        await StartAndStopAsync();
        var before = await CountRowsAsync();
        await using (var db = database.NewContext())
        {
            var camara = await db.Actors.SingleAsync(a => a.Slug == "sadio-camara");
            camara.Name = "Général Sadio Camara";
            camara.Description = "Ministre de la Défense (corrigé par la rédaction)";
            await db.SaveChangesAsync();
        }

        await StartAndStopAsync();

        Assert.Equal(before, await CountRowsAsync());
        await using var check = database.NewContext();
        var actor = await check.Actors.SingleAsync(a => a.Slug == "sadio-camara");
        Assert.Equal(("Général Sadio Camara", "Ministre de la Défense (corrigé par la rédaction)"), (actor.Name, actor.Description));
    }

    private async Task StartAndStopAsync()
    {
        await using var app = new TrackerWebApplication(database, new Dictionary<string, string?> { ["Database:LoadDemoArticles"] = "true" });
        using var client = app.StartAndCreateClient();
        using var response = await client.GetAsync("/health");
        response.EnsureSuccessStatusCode();
    }

    private async Task<(int, int, int, int, int, int)> CountRowsAsync()
    {
        await using var db = database.NewContext();
        return (await db.Actors.CountAsync(), await db.ActorAliases.CountAsync(), await db.Places.CountAsync(),
            await db.Events.CountAsync(), await db.Agreements.CountAsync(), await db.Articles.CountAsync());
    }
}

public sealed class RestartTestsOnSqlite(SqliteDatabaseFixture database) : RestartTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class RestartTestsOnPostgres(PostgresDatabaseFixture database) : RestartTests(database), IClassFixture<PostgresDatabaseFixture>;
