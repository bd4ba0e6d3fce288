using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Pages;

/// <summary>
/// The machine's candidates stay off the analysts' views until asked for (« avec les candidats »,
/// <c>candidates=true</c>), and then come marked; the counts are those of the rows shown; the actor list pages.
/// </summary>
public abstract partial class CandidatesApartTests(DatabaseFixture database) : RunningApp(database, WithDemoArticles), IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private string CandidateEvent => $"candidate-exercise-{_suffix}";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.NewContext();
        db.Events.Add(new Event { Key = CandidateEvent, Title = $"Exercice proposé {_suffix}", Date = PartialDate.OfMonth(2025, 8), Status = EntryStatus.Candidate });
        db.Actors.AddRange(Enumerable.Range(1, 60).Select(i => new Actor
        {
            Slug = $"candidate-{i:00}-{_suffix}", Name = $"Candidat {i:00} {_suffix}", Kind = ActorKind.Person, Status = EntryStatus.Candidate,
        }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_timeline_shows_confirmed_entries_by_default_and_the_candidates_marked_when_asked()
    {
        var plain = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?from=2025-08-01&to=2025-08-31"));
        var with = WebUtility.HtmlDecode(await Client.GetStringAsync("/timeline?from=2025-08-01&to=2025-08-31&candidates=true"));

        Assert.DoesNotContain(CandidateEvent, plain, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"candidate\"", plain, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"candidate\"", Card(with, CandidateEvent), StringComparison.Ordinal);
        Assert.Contains(TotalOfEntries(Entries(with).Count), with, StringComparison.Ordinal);
        Assert.Contains(TotalOfEntries(Entries(plain).Count), plain, StringComparison.Ordinal);
        Assert.Contains("href=\"api/timeline.csv?from=2025-08-01&to=2025-08-31&candidates=true\"", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_counts_the_events_it_lists_and_lists_candidates_only_when_asked()
    {
        var plain = WebUtility.HtmlDecode(await Client.GetStringAsync("/"));
        var with = WebUtility.HtmlDecode(await Client.GetStringAsync("/?candidates=true"));

        Assert.DoesNotContain(CandidateEvent, plain, StringComparison.Ordinal);
        Assert.Equal(EventRow().Count(plain), EventCount(plain));
        Assert.Contains($"data-event=\"{CandidateEvent}\"", with, StringComparison.Ordinal);
        Assert.True(EventCount(with) > EventCount(plain));
    }

    [Fact]
    public async Task The_api_lists_and_exports_leave_candidates_out_unless_asked()
    {
        using var plain = JsonDocument.Parse(await Client.GetStringAsync("/api/events?from=2025-08-01&to=2025-08-31"));
        using var with = JsonDocument.Parse(await Client.GetStringAsync("/api/events?from=2025-08-01&to=2025-08-31&candidates=true"));
        var csv = await Client.GetStringAsync("/api/timeline.csv?from=2025-08-01&to=2025-08-31");
        var csvWith = await Client.GetStringAsync("/api/timeline.csv?from=2025-08-01&to=2025-08-31&candidates=true");

        Assert.DoesNotContain(plain.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == CandidateEvent);
        var candidate = Assert.Single(with.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == CandidateEvent);
        Assert.Equal("Candidate", candidate.GetProperty("status").GetString());
        Assert.Equal(plain.RootElement.GetProperty("rows").GetArrayLength(), plain.RootElement.GetProperty("total").GetInt32());
        Assert.DoesNotContain(CandidateEvent, csv, StringComparison.Ordinal);
        Assert.Contains($",{CandidateEvent},", csvWith, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actor_list_leaves_candidates_out_by_default_and_pages_through_them_to_the_end()
    {
        var plain = WebUtility.HtmlDecode(await Client.GetStringAsync($"/actors?q={_suffix}"));
        var first = WebUtility.HtmlDecode(await Client.GetStringAsync($"/actors?q={_suffix}&candidates=only"));
        var second = WebUtility.HtmlDecode(await Client.GetStringAsync($"/actors?q={_suffix}&candidates=only&page=2"));
        using var api = JsonDocument.Parse(await Client.GetStringAsync($"/api/actors?q={_suffix}&candidates=true&skip=55&take=10"));

        Assert.Empty(ActorRow().Matches(plain));
        Assert.Contains("0 acteur", plain, StringComparison.Ordinal);
        Assert.Contains("60 acteurs", first, StringComparison.Ordinal);
        var shown = Actors(first).Concat(Actors(second)).ToList();
        Assert.Equal(50, Actors(first).Count);
        Assert.Equal(60, shown.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"candidate-{i:00}-{_suffix}"), shown);
        Assert.Equal(60, api.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(5, api.RootElement.GetProperty("rows").GetArrayLength());
    }

    // « 0 entrée », « 1 entrée », « 2 entrées »: French counts 0 and 1 alike.
    private static string TotalOfEntries(int count) => $">{count} entrée{(count < 2 ? "" : "s")}<";

    private static List<string> Entries(string html) => [.. EntryAttribute().Matches(html).Select(m => m.Groups["key"].Value)];

    private static List<string> Actors(string html) => [.. ActorRow().Matches(html).Select(m => m.Groups["slug"].Value)];

    private static int EventCount(string html) => int.Parse(EventCountCard().Match(html).Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Card(string html, string key)
    {
        var start = html.IndexOf($"data-entry=\"{key}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No card for {key}.");
        var next = html.IndexOf("data-entry=", start + 12, StringComparison.Ordinal);
        return next < 0 ? html[start..] : html[start..next];
    }

    [GeneratedRegex("data-entry=\"(?<key>[^\"]+)\"")]
    private static partial Regex EntryAttribute();

    [GeneratedRegex("data-event=\"[^\"]+\"")]
    private static partial Regex EventRow();

    [GeneratedRegex("data-actor=\"(?<slug>[^\"]+)\"")]
    private static partial Regex ActorRow();

    [GeneratedRegex("data-testid=\"event-count\".*?<h4[^>]*>(?<count>\\d+)</h4>", RegexOptions.Singleline)]
    private static partial Regex EventCountCard();
}

public sealed class CandidatesApartTestsOnSqlite(SqliteDatabaseFixture database) : CandidatesApartTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class CandidatesApartTestsOnPostgres(PostgresDatabaseFixture database) : CandidatesApartTests(database), IClassFixture<PostgresDatabaseFixture>;
