using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Data.Identity;

/// <summary>The <c>Accounts</c> section: password and lockout rules, the same for the web app and <c>mrt users</c>.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Length is what makes a password hard to guess; rules on digits and capitals mostly make people write
    /// them down, so there are none.
    /// </summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
