using Microsoft.Data.Sqlite;

namespace MaliRussiaTracker.Testing.Databases;

/// <summary>A SQLite database in a file of its own (not :memory:, which hides locking and WAL behaviour).</summary>
public class SqliteDatabaseFixture : DatabaseFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mrt-tests", Guid.NewGuid().ToString("N"));

    public override string ProviderName => "Sqlite";

    public string DataFolder => _folder;

    protected override Task CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "tracker.db"), ForeignKeys = true }.ToString();
        return Task.CompletedTask;
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying host is left to the temp folder's cleaning.
        }

        return Task.CompletedTask;
    }
}

/// <summary>A SQLite file with no schema yet.</summary>
public sealed class EmptySqliteDatabaseFixture : SqliteDatabaseFixture
{
    protected override bool MigrateOnStart => false;
}
