using System.Net;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Hardening;

public sealed class SignInHardeningTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    private const string Refused = "Nom d'utilisateur ou mot de passe incorrect.";

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_each_cost_one_password_check_and_get_one_answer()
    {
        var hasher = new CountingHasher();
        await using var app = new TrackerWebApplication(database, services: s => s.AddSingleton<IPasswordHasher<IdentityUser>>(hasher));
        app.StartAndCreateClient().Dispose();
        var known = await app.CreateUserAsync(TrackerRoles.Analyst);
        var locked = await app.CreateUserAsync(TrackerRoles.Admin);
        using var client = app.CreateCookieClient();
        for (var i = 0; i < 5; i++)
            (await SignInForm.SubmitAsync(client, locked.UserName, $"wrong {i}")).Dispose();

        var answers = new List<(int Checks, string? Shown, bool Cookie)>();
        foreach (var (name, password) in new[] { ("nobody-at-all", "whatever it is"), (known.UserName, "not the password"), (locked.UserName, locked.Password) })
        {
            var before = hasher.Verifications;
            using var response = await SignInForm.SubmitAsync(client, name, password);
            answers.Add((hasher.Verifications - before, SignInForm.ErrorShown(await response.Content.ReadAsStringAsync()),
                response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal))));
        }

        Assert.All(answers, a => Assert.Equal((1, Refused, false), a));
    }

    [Fact]
    public async Task A_cookie_saved_before_sign_out_opens_nothing_afterwards()
    {
        await using var app = new TrackerWebApplication(database);
        app.StartAndCreateClient().Dispose();
        var account = await app.CreateUserAsync(TrackerRoles.Analyst);
        var container = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = container }) { BaseAddress = app.RootUri };
        (await SignInForm.SubmitAsync(client, account.UserName, account.Password)).Dispose();
        var saved = container.GetCookieHeader(app.RootUri);
        var page = await client.GetStringAsync("/timeline");
        var token = Regex.Match(page, "action=\"account/signout\" method=\"post\"><input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"").Groups["token"].Value;

        using var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        using var replay = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.RootUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.Add("Cookie", saved);
        using var replayed = await replay.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/account/signin"), (replayed.StatusCode, replayed.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task A_demoted_editor_loses_the_review_pages_at_the_next_request()
    {
        await using var app = new TrackerWebApplication(database);
        app.StartAndCreateClient().Dispose();
        var editor = await app.CreateUserAsync(TrackerRoles.Editor);
        using var client = await app.SignInAsync(editor);
        using var before = await client.GetAsync("/review");

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserAccounts>().SetRoleAsync(editor.UserName, TrackerRoles.Analyst, CancellationToken.None)).Succeeded);
        using var after = await client.GetAsync("/review");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task One_client_trying_sign_ins_faster_than_the_limit_is_answered_429()
    {
        await using var app = new TrackerWebApplication(database, new Dictionary<string, string?> { ["Access:SignInRateLimit"] = "3", ["Access:SignInRateWindow"] = "00:10:00" });
        app.StartAndCreateClient().Dispose();
        var account = await app.CreateUserAsync(TrackerRoles.Admin);
        using var client = app.CreateCookieClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await SignInForm.SubmitAsync(client, $"guess-{i}", "wrong");
            statuses.Add(response.StatusCode);
        }

        using var rightPassword = await SignInForm.SubmitAsync(client, account.UserName, account.Password);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightPassword.StatusCode);
    }

    private sealed class CountingHasher : IPasswordHasher<IdentityUser>
    {
        private readonly PasswordHasher<IdentityUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(IdentityUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(IdentityUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
