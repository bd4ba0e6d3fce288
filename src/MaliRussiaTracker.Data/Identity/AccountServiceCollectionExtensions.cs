using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Data.Identity;

public static class AccountServiceCollectionExtensions
{
    /// <summary>
    /// Identity's user and role managers on the tracker's database, with the <c>Accounts</c> rules; the web app
    /// adds sign-in and cookies on top, <c>mrt users</c> uses them as they are.
    /// </summary>
    public static IdentityBuilder AddTrackerAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            var rules = accounts.Value;
            identity.Password.RequiredLength = rules.MinPasswordLength;
            identity.Password.RequiredUniqueChars = 4;
            identity.Password.RequireDigit = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = rules.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = rules.LockoutDuration;
            identity.User.RequireUniqueEmail = false;
        });
        services.AddScoped<UserAccounts>();
        services.AddSingleton<ApiTokens>();
        return services.AddIdentityCore<IdentityUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TrackerDbContext>();
    }
}
