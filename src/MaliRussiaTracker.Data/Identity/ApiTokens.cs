using System.Security.Cryptography;
using System.Text;
using MaliRussiaTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Identity;

public sealed record ApiTokenRow(long Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>A token just made: <see cref="Secret"/> is shown to its user this once and never stored.</summary>
public sealed record NewApiToken(ApiTokenRow Token, string Secret);

/// <summary>The user a valid secret acts for, and the token's name, for the logs.</summary>
public sealed record ApiTokenHolder(string UserId, long TokenId, string TokenName);

/// <summary>A request on tokens that cannot be met as asked.</summary>
public sealed class ApiTokenException(string message) : Exception(message);

/// <summary>Personal access tokens: made, listed and revoked by their own user, each change audited under that user's name.</summary>
public sealed class ApiTokens(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public static readonly TimeSpan LongestLife = TimeSpan.FromDays(366);
    private const string SecretStart = "mrt_";

    public async Task<NewApiToken> CreateAsync(string userName, string name, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
            throw new ApiTokenException($"A token's name has 1 to {MaxNameLength} characters.");
        if (expiresAt <= now || expiresAt > now + LongestLife)
            throw new ApiTokenException($"A token expires after today and within {LongestLife.TotalDays:0} days.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await UserIdAsync(db, userName, cancellationToken);
        var secret = SecretStart + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken { UserId = userId, Name = trimmed, Hash = HashOf(secret), Prefix = secret[..12], CreatedAt = now, ExpiresAt = expiresAt };
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Record(db, new ChangeAuthor(userName, now), nameof(ApiToken), Key(token.Id), "Create", null, new { token.Name, token.Prefix, token.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return new NewApiToken(Row(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(string userName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await UserIdAsync(db, userName, cancellationToken);
        var tokens = await db.Set<ApiToken>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return [.. tokens.Select(Row)];
    }

    /// <summary>Revokes one of the user's own tokens; another user's token is not theirs to revoke, and is not found.</summary>
    public async Task RevokeAsync(string userName, long tokenId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await UserIdAsync(db, userName, cancellationToken);
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken)
            ?? throw new ApiTokenException($"There is no token {tokenId} of yours.");
        if (token.RevokedAt is not null)
            return;
        token.RevokedAt = clock.GetUtcNow();
        AuditTrail.Record(db, new ChangeAuthor(userName, token.RevokedAt.Value), nameof(ApiToken), Key(token.Id), "Revoke", new { token.Name, token.Prefix }, null);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Who a secret acts for, or null when it is unknown, expired or revoked.</summary>
    public async Task<ApiTokenHolder?> FindHolderAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(SecretStart, StringComparison.Ordinal) || secret.Length > 100)
            return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = HashOf(secret);
        // Looked up by its hash (a unique index), then judged here: SQLite cannot compare the stored times in SQL.
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (token is null || !Row(token).IsActiveAt(now))
            return null;
        // Written at most once a minute, so a busy script does not turn every read into a write.
        if (token.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ApiTokenHolder(token.UserId, token.Id, token.Name);
    }

    private static async Task<string> UserIdAsync(TrackerDbContext db, string userName, CancellationToken cancellationToken)
    {
        var normalized = userName.ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ApiTokenException($"There is no user {userName}.");
    }

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ApiTokenRow Row(ApiToken t) => new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
