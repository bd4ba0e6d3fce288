namespace MaliRussiaTracker.Data.Setup;

/// <summary>The <c>Database</c> section of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The name of the connection string under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Tracker";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// Where the embedded database lives when no connection string is given. Unset, it is the user's local
    /// application data folder, so the web app and <c>mrt</c> find the same database wherever they are started from;
    /// a relative path is taken from the working folder.
    /// </summary>
    public string? DataFolder { get; set; }

    public string ResolveDataFolder() => string.IsNullOrWhiteSpace(DataFolder)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "MaliRussiaTracker")
        : Path.GetFullPath(DataFolder);

    /// <summary>Load the five demo articles at start; when unset, on for the embedded default only.</summary>
    public bool? LoadDemoArticles { get; set; }
}
