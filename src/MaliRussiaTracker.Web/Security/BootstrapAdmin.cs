using MaliRussiaTracker.Data.Identity;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Web.Security;

/// <summary>
/// Makes the configured first admin when there is no admin at all; runs after the schema and the roles are
/// there. A password the rules refuse stops the start with the rules' words, rather than leaving no way in.
/// </summary>
internal sealed class BootstrapAdmin(IServiceScopeFactory scopes, IOptions<BootstrapOptions> options, ILogger<BootstrapAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var bootstrap = options.Value;
        if (!bootstrap.IsSet)
            return;

        await using var scope = scopes.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        if (await accounts.AnyAdminAsync())
        {
            logger.LogInformation("An admin exists: Bootstrap:AdminUser is ignored (its password can be removed from the configuration).");
            return;
        }

        var result = await accounts.AddAsync(bootstrap.AdminUser!, bootstrap.AdminPassword!, TrackerRoles.Admin, cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Bootstrap:AdminUser '{bootstrap.AdminUser}' could not be made: {string.Join(" ", result.Errors)}");
        logger.LogWarning("Made the first admin {User} from the Bootstrap configuration.", bootstrap.AdminUser);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
