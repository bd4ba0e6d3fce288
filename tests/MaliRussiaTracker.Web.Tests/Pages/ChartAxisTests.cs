using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>The chart's month axis over five years of articles, on a database of its own.</summary>
public abstract partial class ChartAxisTests(DatabaseFixture database) : RunningApp(database)
{
    [Fact]
    public async Task Over_five_years_the_axis_labels_every_few_months_on_the_same_months_each_year()
    {
        await using (var db = Database.NewContext())
        {
            for (var n = 0; n < 60; n++)
            {
                var day = new DateOnly(2020, 1, 15).AddMonths(n);
                db.Articles.Add(new Article
                {
                    ContentHash = $"{n:d4}".PadLeft(64, 'd'), Title = $"Article du mois {n}", RawText = "x", CleanText = $"Bamako, le mois {n}.",
                    Published = day, ReceivedAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                });
            }

            await db.SaveChangesAsync();
        }

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline"));

        var labels = AxisLabel().Matches(html).Select(m => (Year: int.Parse(m.Groups["year"].Value), Month: int.Parse(m.Groups["month"].Value), Text: m.Groups["text"].Value)).ToList();
        // The starting world's events stretch the axis past the articles' last month.
        Assert.InRange(ChartBar().Count(html), 60, 120);
        Assert.InRange(labels.Count, 5, 12);
        var steps = labels.Zip(labels.Skip(1)).Select(p => (p.Second.Year * 12 + p.Second.Month) - (p.First.Year * 12 + p.First.Month)).Distinct().ToList();
        var step = Assert.Single(steps);
        Assert.True(step >= 3, $"a label every {step} months");
        Assert.All(labels, l => Assert.Equal(0, (l.Month - 1) % Math.Min(step, 12)));
        Assert.Contains(labels, l => l.Text == "janv. 2021");
    }

    [GeneratedRegex("data-axis-month=\"(?<year>\\d{4})-(?<month>\\d{2})\">(?<text>[^<]+)<")]
    private static partial Regex AxisLabel();

    [GeneratedRegex("class=\"chart-bar\"")]
    private static partial Regex ChartBar();
}

public sealed class ChartAxisTestsOnSqlite(SqliteDatabaseFixture database) : ChartAxisTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ChartAxisTestsOnPostgres(PostgresDatabaseFixture database) : ChartAxisTests(database), IClassFixture<PostgresDatabaseFixture>;
