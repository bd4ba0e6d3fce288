using System.Security.Claims;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using MaliRussiaTracker.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Security;

/// <summary>
/// The policies as the app builds them, for the pages to come (review, admin) that no route uses yet: each
/// role against each policy, with the public mode off and on.
/// </summary>
public abstract class PolicyTests(DatabaseFixture database, IReadOnlyDictionary<string, string?>? settings, bool publicMode) : RunningApp(database, settings, signInAs: null)
{
    private const string Fallback = "(fallback)";
    private const string Nobody = "(anonymous)";

    [Fact]
    public async Task Each_role_passes_the_policies_of_its_rights_and_no_other()
    {
        var authorization = App.Services.GetRequiredService<IAuthorizationService>();
        var options = App.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;
        Assert.Same(options.DefaultPolicy, options.FallbackPolicy);

        var outcomes = new List<string>();
        foreach (var who in new[] { Nobody, TrackerRoles.Analyst, TrackerRoles.Editor, TrackerRoles.Admin, "Chief" })
        {
            foreach (var policy in new[] { TrackerPolicies.CanRead, TrackerPolicies.CanEdit, TrackerPolicies.CanAdminister, Fallback })
            {
                var result = policy == Fallback
                    ? await authorization.AuthorizeAsync(Principal(who), resource: null, options.FallbackPolicy!)
                    : await authorization.AuthorizeAsync(Principal(who), policy);
                if (result.Succeeded)
                    outcomes.Add($"{who}:{policy}");
            }
        }

        string[] signedIn =
        [
            "Analyst:CanRead", "Analyst:(fallback)",
            "Editor:CanRead", "Editor:CanEdit", "Editor:(fallback)",
            "Admin:CanRead", "Admin:CanEdit", "Admin:CanAdminister", "Admin:(fallback)",
        ];
        // A signed-in account with no known role is treated as an anonymous visitor.
        string[] expected = publicMode ? ["(anonymous):CanRead", .. signedIn, "Chief:CanRead"] : signedIn;
        Assert.Equal(expected, outcomes);
    }

    private static ClaimsPrincipal Principal(string who) => who == Nobody
        ? new ClaimsPrincipal(new ClaimsIdentity())
        : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, who), new Claim(ClaimTypes.Role, who)], IdentityConstants.ApplicationScheme));
}

public sealed class PolicyTestsOnSqlite(SqliteDatabaseFixture database) : PolicyTests(database, null, publicMode: false), IClassFixture<SqliteDatabaseFixture>;

public sealed class PolicyTestsInPublicModeOnSqlite(SqliteDatabaseFixture database)
    : PolicyTests(database, PublicModeRouteAccessTests.PublicMode, publicMode: true), IClassFixture<SqliteDatabaseFixture>;
