namespace MaliRussiaTracker.Data.Identity;

/// <summary>
/// A personal access token: a script acts with its user's name and role while the token is neither expired nor
/// revoked. Only the SHA-256 of the secret is stored; the secret itself is shown once, when it is made.
/// </summary>
public sealed class ApiToken
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>Hex SHA-256 of the whole secret: a secret of 256 random bits needs no salt or slow hash.</summary>
    public required string Hash { get; set; }
    /// <summary>The secret's first characters, so a user can tell their tokens apart without the secret.</summary>
    public required string Prefix { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
