using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Data.Auditing;

/// <summary>Who makes a change, and when: every audited change carries one.</summary>
public sealed record ChangeAuthor(string User, DateTimeOffset At);

/// <summary>
/// Adds an audit entry to the context's unit of work: it is saved with the change it records, in the same
/// transaction, or not at all. Values before and after are kept as JSON a person can read.
/// </summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new PartialDateJsonConverter(), new JsonStringEnumConverter() },
        // Accented names stay readable in the audit page and in psql.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Record(TrackerDbContext db, ChangeAuthor author, string entityType, string entityKey, string action, object? before, object? after, long? articleId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = author.At, User = author.User, EntityType = entityType, EntityKey = entityKey, Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            ArticleId = articleId,
        });
}
