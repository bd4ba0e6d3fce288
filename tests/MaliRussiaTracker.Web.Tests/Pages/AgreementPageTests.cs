using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract partial class AgreementPageTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles)
{
    [Fact]
    public async Task An_agreement_shows_its_milestones_in_date_order_and_its_linked_parties()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/agreements/military-technical-cooperation-agreement"));

        Assert.Equal(["2024-04", "2024-07-04", "2025-01"], Milestone().Matches(html).Select(m => m.Groups["date"].Value));
        Assert.Contains(">4 juillet 2024<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"actors/russia\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"actors/mali\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_list_links_each_agreement_and_marks_the_one_resting_on_a_single_source()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/agreements"));

        Assert.Contains("href=\"agreements/military-technical-cooperation-agreement\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"single-source\"", Row(html, "may-2025-accords"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_list_keeps_an_actors_agreements()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/agreements?actor=aes"));

        Assert.Equal(["aes-russia-strategic-partnership"], AgreementRow().Matches(html).Select(m => m.Groups["key"].Value));
    }

    [Fact]
    public async Task An_unknown_agreement_says_so()
    {
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/agreements/aucun"));

        Assert.Contains("Aucun accord ne porte la clé « aucun ».", html, StringComparison.Ordinal);
    }

    private static string Row(string html, string key)
    {
        var start = html.IndexOf($"data-agreement=\"{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {key}.");
        var end = html.IndexOf("</tr>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [GeneratedRegex("data-milestone=\"(?<date>[^\"]+)\"")]
    private static partial Regex Milestone();

    [GeneratedRegex("data-agreement=\"(?<key>[^\"]+)\"")]
    private static partial Regex AgreementRow();
}

public sealed class AgreementPageTestsOnSqlite(SqliteDatabaseFixture database) : AgreementPageTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class AgreementPageTestsOnPostgres(PostgresDatabaseFixture database) : AgreementPageTests(database), IClassFixture<PostgresDatabaseFixture>;
