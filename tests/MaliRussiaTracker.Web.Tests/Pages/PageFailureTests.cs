using System.Net;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>A page whose query fails: the layout's error boundary says so in the page's language, and the rest of the site goes on.</summary>
public abstract class PageFailureTests(DatabaseFixture database) : RunningApp(database)
{
    [Fact]
    public async Task A_page_whose_query_fails_says_so_in_its_language_inside_the_layout_and_the_other_pages_still_open()
    {
        await using (var db = Database.NewContext())
        {
            var table = db.Model.FindEntityType(typeof(Actor))!.GetTableName();
            // The actors' table gone (this class's own database): the actor page's query throws.
            var rename = "ALTER TABLE \"" + table + "\" RENAME TO \"" + table + "_gone\"";
            await db.Database.ExecuteSqlRawAsync(rename);
        }

        var french = WebUtility.HtmlDecode(await Client.GetStringAsync("/actors/assimi-goita"));
        using var switched = await Client.GetAsync("/culture?name=en&back=/");
        var english = WebUtility.HtmlDecode(await Client.GetStringAsync("/actors/assimi-goita"));
        using var timeline = await Client.GetAsync("/timeline");

        Assert.Contains("Cette page n'a pas pu s'afficher", french, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"page-retry\"", french, StringComparison.Ordinal);
        // Inside the layout: the menu is there to go on with.
        Assert.Contains("href=\"timeline\"", french, StringComparison.Ordinal);
        Assert.Contains("This page could not be shown", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Cette page", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
    }
}

public sealed class PageFailureTestsOnSqlite(SqliteDatabaseFixture database) : PageFailureTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class PageFailureTestsOnPostgres(PostgresDatabaseFixture database) : PageFailureTests(database), IClassFixture<PostgresDatabaseFixture>;
