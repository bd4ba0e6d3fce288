using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Auditing;

/// <summary>What the audit page filters by; empty fields do not filter.</summary>
public sealed record AuditFilter
{
    public string? User { get; init; }
    public string? EntityType { get; init; }
    public string? EntityKey { get; init; }
    public long? ArticleId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

public sealed record AuditRow(long Id, DateTimeOffset At, string User, string EntityType, string EntityKey, string Action, string? Before, string? After, long? ArticleId);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>The audit, newest first, filtered by user, entity and day range (days in UTC).</summary>
public sealed class AuditQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<AuditPage> GetAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = Filtered(db.AuditEntries.AsNoTracking(), filter);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(a => new AuditRow(a.Id, a.At, a.User, a.EntityType, a.EntityKey, a.Action, a.Before, a.After, a.ArticleId))
            .ToListAsync(cancellationToken);
        return new AuditPage(rows, total);
    }

    /// <summary>The users and entity types that appear in the audit, for the page's filter choices.</summary>
    public async Task<(IReadOnlyList<string> Users, IReadOnlyList<string> EntityTypes)> ChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.AuditEntries.Select(a => a.User).Distinct().OrderBy(u => u).ToListAsync(cancellationToken);
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return (users, types);
    }

    internal static IQueryable<AuditEntry> Filtered(IQueryable<AuditEntry> entries, AuditFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.User))
            entries = entries.Where(a => a.User == filter.User);
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
            entries = entries.Where(a => a.EntityType == filter.EntityType);
        if (!string.IsNullOrWhiteSpace(filter.EntityKey))
            entries = entries.Where(a => a.EntityKey == filter.EntityKey);
        if (filter.ArticleId is { } articleId)
            entries = entries.Where(a => a.ArticleId == articleId);
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }
}
