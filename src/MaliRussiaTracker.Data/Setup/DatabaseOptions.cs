namespace MaliRussiaTracker.Data.Setup;

/// <summary>The <c>Database</c> section of the configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The name of the connection string under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Tracker";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Postgres</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Where the embedded database lives when no connection string is given; relative to the working folder.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Load the five demo articles at start; when unset, on for the embedded default only.</summary>
    public bool? LoadDemoArticles { get; set; }
}
