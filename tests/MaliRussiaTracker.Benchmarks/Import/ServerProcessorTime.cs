using System.Globalization;
using Npgsql;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// The processor time the PostgreSQL server spent, read from /proc when the server runs on this machine: its
/// postmaster's own and its finished children's (cutime, cstime), plus its living backends'. With this
/// process's own time it gives what an article costs the machine whatever else runs on it, which the wall
/// clock of a shared machine does not.
/// </summary>
internal sealed class ServerProcessorTime
{
    private readonly int _postmaster;

    private ServerProcessorTime(int postmaster) => _postmaster = postmaster;

    /// <summary>Null where the server is not a local Linux process this user can read.</summary>
    public static async Task<ServerProcessorTime?> FindAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SHOW data_directory", connection);
            var folder = (string?)await command.ExecuteScalarAsync();
            var pidFile = Path.Combine(folder ?? "", "postmaster.pid");
            if (!File.Exists(pidFile))
                return null;
            var pid = int.Parse(File.ReadLines(pidFile).First().Trim(), CultureInfo.InvariantCulture);
            return File.Exists($"/proc/{pid}/stat") ? new ServerProcessorTime(pid) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NpgsqlException or FormatException)
        {
            return null;
        }
    }

    public TimeSpan Now()
    {
        var ticks = Ticks(_postmaster, withChildren: true);
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != _postmaster && Parent(pid) == _postmaster)
                ticks += Ticks(pid, withChildren: false);
        }

        // The kernel counts in clock ticks of 1/100 s on every Linux this runs on.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    // Fields after the command's closing parenthesis: state is field 3, so utime (14) is at index 11 from it.
    private static string[]? Fields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int Parent(int pid) => Fields(pid) is { } f ? int.Parse(f[1], CultureInfo.InvariantCulture) : -1;

    private static long Ticks(int pid, bool withChildren)
    {
        if (Fields(pid) is not { } f)
            return 0;
        var own = long.Parse(f[11], CultureInfo.InvariantCulture) + long.Parse(f[12], CultureInfo.InvariantCulture);
        return withChildren ? own + long.Parse(f[13], CultureInfo.InvariantCulture) + long.Parse(f[14], CultureInfo.InvariantCulture) : own;
    }
}
