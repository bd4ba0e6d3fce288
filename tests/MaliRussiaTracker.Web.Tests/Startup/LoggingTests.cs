using System.Text.Json;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;

namespace MaliRussiaTracker.Web.Tests.Startup;

public sealed class LoggingTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task With_a_log_file_configured_requests_and_startup_are_written_there_as_structured_json()
    {
        var folder = Path.Combine(database.DataFolder, "logs");
        var settings = new Dictionary<string, string?> { ["Logging:File:Path"] = Path.Combine(folder, "tracker-.json") };
        await using (var app = new TrackerWebApplication(database, settings))
        {
            using var client = app.StartAndCreateClient();
            (await client.GetAsync("/health")).EnsureSuccessStatusCode();
        }

        var file = Assert.Single(Directory.GetFiles(folder, "tracker-*.json"));
        var events = (await ReadSharedAsync(file)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Contains(events, e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/health"
            && e.GetProperty("StatusCode").GetInt32() == 200);
        Assert.Contains(events, e => e.GetProperty("@mt").GetString()!.StartsWith("Seeded the starting world", StringComparison.Ordinal));
    }

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
