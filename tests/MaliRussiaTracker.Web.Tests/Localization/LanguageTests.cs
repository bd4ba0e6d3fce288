using System.Globalization;
using System.Net;
using System.Resources;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using MaliRussiaTracker.Web.Resources;

namespace MaliRussiaTracker.Web.Tests.Localization;

public sealed class LanguageTests(SqliteDatabaseFixture database) : RunningApp(database, WithDemoArticles), IClassFixture<SqliteDatabaseFixture>
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task French_is_the_default_even_for_a_browser_asking_for_english()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        using var response = await Client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains(">Chronologie<", html, StringComparison.Ordinal);
        Assert.Contains(">novembre 2025<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_served_with_the_english_culture_cookie_speaks_english_with_english_month_names()
    {
        var timeline = await GetInEnglishAsync("/timeline");
        var events = await GetInEnglishAsync("/events/bamex-2025");

        Assert.Contains("<html lang=\"en\">", timeline, StringComparison.Ordinal);
        Assert.Contains(">Timeline<", timeline, StringComparison.Ordinal);
        Assert.Contains(">November 2025<", timeline, StringComparison.Ordinal);
        Assert.Contains(">Agreements<", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain(">Chronologie<", timeline, StringComparison.Ordinal);
        Assert.Contains(">11–14 November 2025<", events, StringComparison.Ordinal);
        Assert.Contains(">Participants<", events, StringComparison.Ordinal);
        Assert.Contains(">Articles behind it<", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_sets_the_culture_cookie_and_sends_the_reader_back()
    {
        using var response = await Client.GetAsync("/culture?name=en&back=%2Fevents%3Factor%3Daes");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/events?actor=aes", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(EnglishCookie, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_switch_refuses_an_unknown_language_and_never_sends_the_reader_off_site()
    {
        using var unknown = await Client.GetAsync("/culture?name=de&back=/");
        using var offSite = await Client.GetAsync("/culture?name=fr&back=%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Unknown language 'de'. Known: fr, en.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // No language cookie (the session's own cookie is renewed on every answer, its stamp being checked each time).
        Assert.DoesNotContain(unknown.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
        Assert.Equal("/", offSite.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    public async Task The_switch_sends_the_reader_home_for_any_back_that_is_not_a_path_of_this_site(string back)
    {
        using var response = await Client.GetAsync($"/culture?name=fr&back={back}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0a%2Fevil.example")]
    [InlineData("%2F%0d%0aSet-Cookie:x=y")]
    [InlineData("%09%2F%2Fevil.example")]
    public async Task A_back_with_a_control_character_is_refused_and_goes_nowhere(string back)
    {
        using var response = await Client.GetAsync($"/culture?name=fr&back={back}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/\t/evil.example", false)]
    [InlineData("/\n/evil.example", false)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("/events?actor=aes", true)]
    [InlineData("/", true)]
    public void Only_a_path_of_this_site_without_control_characters_is_local(string url, bool local) =>
        Assert.Equal(local, MaliRussiaTracker.Web.Security.PageAccess.IsLocalPath(url));

    [Fact]
    public void French_and_english_resources_hold_the_same_keys_and_no_empty_text()
    {
        var resources = new ResourceManager(typeof(Strings));
        var french = Entries(resources, CultureInfo.InvariantCulture);
        var english = Entries(resources, CultureInfo.GetCultureInfo("en"));

        Assert.Equal(french.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(french.Concat(english), e => string.IsNullOrWhiteSpace(e.Value));
        Assert.Equal("Chronologie", french["Timeline.Title"]);
        Assert.Equal("Timeline", english["Timeline.Title"]);
    }

    private async Task<string> GetInEnglishAsync(string path)
    {
        // A client of its own, signed in, with the language cookie the switch sets in its jar.
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Client.BaseAddress };
        var account = await App.CreateUserAsync(TrackerRoles.Analyst);
        (await SignInForm.SubmitAsync(client, account.UserName, account.Password)).Dispose();
        cookies.Add(Client.BaseAddress!, new Cookie(".AspNetCore.Culture", EnglishCookie[(EnglishCookie.IndexOf('=') + 1)..]));
        using var response = await client.GetAsync(path);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
