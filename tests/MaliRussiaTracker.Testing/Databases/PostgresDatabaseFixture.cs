using Npgsql;

namespace MaliRussiaTracker.Testing.Databases;

/// <summary>
/// A database of its own on the real PostgreSQL server named by <c>MRT_TEST_POSTGRES</c>, dropped afterwards.
/// The README's test command starts a throwaway server and sets that variable; without it these tests fail
/// rather than skip, so a run that never touched PostgreSQL cannot pass for one that did.
/// </summary>
public class PostgresDatabaseFixture : DatabaseFixture
{
    public const string ServerVariable = "MRT_TEST_POSTGRES";

    private readonly string _name = "mrt_test_" + Guid.NewGuid().ToString("N");

    public override string ProviderName => "Postgres";

    public static string ServerConnectionString => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{ServerVariable} is not set. Run the tests with the README's test command (build/test.sh), which starts a throwaway " +
            $"PostgreSQL and sets it, or set it yourself: {ServerVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres\".");

    protected override async Task CreateDatabaseAsync()
    {
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", server))
            await create.ExecuteNonQueryAsync();
        ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _name }.ToString();
    }

    /// <summary>Makes the database unreachable, as an outage would: new connections refused, open ones cut.</summary>
    public async Task RefuseConnectionsAsync()
    {
        await ExecuteOnServerAsync($"ALTER DATABASE \"{_name}\" ALLOW_CONNECTIONS false");
        await ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_name}' AND pid <> pg_backend_pid()");
        NpgsqlConnection.ClearAllPools();
    }

    public Task AllowConnectionsAsync() => ExecuteOnServerAsync($"ALTER DATABASE \"{_name}\" ALLOW_CONNECTIONS true");

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var command = new NpgsqlCommand(sql, server);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database under the feet of whatever uses it, as an outage would.</summary>
    public Task DropNowAsync() => DropDatabaseAsync();

    protected override async Task DropDatabaseAsync()
    {
        if (ConnectionString.Length == 0)
            return;
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(ServerConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A PostgreSQL database with no schema yet.</summary>
public sealed class EmptyPostgresDatabaseFixture : PostgresDatabaseFixture
{
    protected override bool MigrateOnStart => false;
}
