using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Web.Security;

/// <summary>The <c>Access</c> section: who may come in without an account, and how long a session lasts.</summary>
public sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>Anonymous visitors read what an Analyst reads (pages and API marked CanRead), nothing more.</summary>
    public bool PublicReadOnly { get; set; }

    /// <summary>A session ends after this long without a request; each request moves the end further (sliding).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts one client (one address) may make per <see cref="SignInRateWindow"/>; past it, 429.</summary>
    [Range(1, 100_000)]
    public int SignInRateLimit { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SignInRateWindow { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// The <c>Bootstrap</c> section: the first admin, made at start when no admin exists yet, so a fresh
/// deployment needs no shell. Ignored once there is an admin; remove the password from the configuration then.
/// </summary>
public sealed class BootstrapOptions : IValidatableObject
{
    public const string Section = "Bootstrap";

    public string? AdminUser { get; set; }

    public string? AdminPassword { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(AdminUser);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(AdminUser) != string.IsNullOrEmpty(AdminPassword))
            yield return new ValidationResult("Bootstrap:AdminUser and Bootstrap:AdminPassword go together: set both or neither.");
    }
}
