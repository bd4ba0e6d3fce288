using System.Globalization;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>The browse benchmark's command line.</summary>
internal sealed record BrowseBenchmarkOptions(string Provider, int Articles, int Events, int Runs, string Server, bool Keep, string? Database, string? Only)
{
    public const string ServerVariable = "MRT_BENCH_POSTGRES";

    public bool OnSqlite => Provider == "sqlite";

    /// <summary>What the closing note holds each page's p95 to (issue 19): the embedded default is allowed more.</summary>
    public double AimMilliseconds => OnSqlite ? 300 : 100;

    public const string Usage = $"""
        usage: browse [--provider postgres|sqlite] [--articles N] [--events N] [--runs N] [--postgres "Host=…;Port=…;Username=…"] [--keep] [--database NAME] [--only WORDS]
          --provider   the database the queries are timed on (default postgres); sqlite fills PostgreSQL, then copies it into
                       a SQLite file the app's migrations made, and times the queries there
          --articles   generated articles (default 1000000 on postgres, 100000 on sqlite)
          --events     generated events (default 50000 on postgres, 5000 on sqlite)
          --runs       timed runs of each query, each with other parameters (default 50)
          --postgres   the server to make a database on (default: ${ServerVariable})
          --keep       keep the filled database at the end (its name is printed) instead of dropping it
          --database   time the queries on this already filled database (one kept with --keep, a SQLite file's path with sqlite): no fill
          --only       time only the queries whose name holds these words (e.g. "timeline by outlet")
        """;

    /// <summary>The options, or null when the command line is wrong.</summary>
    public static BrowseBenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        // The provider first, wherever it is given: it sets the other defaults.
        var at = args.ToList().IndexOf("--provider");
        var provider = at >= 0 && at + 1 < args.Count ? args[at + 1] : "postgres";
        if (provider is not ("postgres" or "sqlite"))
            return null;
        var articles = provider == "sqlite" ? 100_000 : 1_000_000;
        var events = provider == "sqlite" ? 5_000 : 50_000;
        var runs = 50;
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        var keep = false;
        string? database = null;
        string? only = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out articles) && articles > 0:
                case "--events" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out events) && events > 0:
                case "--runs" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) && runs > 0:
                    i++;
                    break;
                case "--provider" when i + 1 < args.Count:
                    i++;
                    break;
                case "--postgres" when i + 1 < args.Count:
                    server = args[++i];
                    break;
                case "--database" when i + 1 < args.Count:
                    database = args[++i];
                    break;
                case "--only" when i + 1 < args.Count:
                    only = args[++i];
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    return null;
            }
        }

        return string.IsNullOrWhiteSpace(server) ? null : new BrowseBenchmarkOptions(provider, articles, events, runs, server, keep, database, only);
    }
}
