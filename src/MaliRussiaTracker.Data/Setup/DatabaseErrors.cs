using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Setup;

/// <summary>
/// Tells the database being away from the database refusing what it was given: the first is waited out, the second
/// is the item's, and waiting would change nothing.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>The connection failed, or the server is overloaded or shutting down: trying again later may work.</summary>
    public static bool IsOutage(Exception e) => e switch
    {
        // A bare NpgsqlException (not a PostgresException) is the connection's, never a statement's.
        DbException db => db.IsTransient || db.GetType().Name == "NpgsqlException" || db.InnerException is { } inner && IsOutage(inner),
        TimeoutException or System.Net.Sockets.SocketException or IOException => true,
        // EF Core's own "the connection is closed" and the like come without an inner exception.
        InvalidOperationException { InnerException: null } => true,
        _ => e.InnerException is { } inner && IsOutage(inner),
    };

    /// <summary>
    /// The statement's data was refused: a value too long or malformed (SQLSTATE class 22), a constraint (23), a limit
    /// of the engine (54), or SQLite's too big, constraint or type mismatch. Never an outage.
    /// </summary>
    public static bool IsDataError(Exception e)
    {
        var db = e as DbException ?? (e as DbUpdateException)?.InnerException as DbException;
        if (db is null || db.IsTransient)
            return false;
        if (db.SqlState is { Length: 5 } state)
            return state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("23", StringComparison.Ordinal) || state.StartsWith("54", StringComparison.Ordinal);
        return db.GetType().Name == "SqliteException" && (db.ErrorCode & 0xFF) is SqliteTooBig or SqliteConstraint or SqliteMismatch;
    }

    /// <summary>The database's own words for a refusal, without a stack trace, short enough for an item's reason.</summary>
    public static string Describe(Exception e)
    {
        var db = e as DbException ?? e.InnerException as DbException;
        var message = (db ?? e).Message.ReplaceLineEndings(" ");
        return message.Length <= 300 ? message : message[..299] + "…";
    }

    private const int SqliteTooBig = 18;
    private const int SqliteConstraint = 19;
    private const int SqliteMismatch = 20;
}
