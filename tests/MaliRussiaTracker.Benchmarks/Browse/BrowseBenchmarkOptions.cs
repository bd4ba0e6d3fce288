using System.Globalization;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>The browse benchmark's command line.</summary>
internal sealed record BrowseBenchmarkOptions(int Articles, int Events, int Runs, string Server, bool Keep, string? Database, string? Only)
{
    public const string ServerVariable = "MRT_BENCH_POSTGRES";

    public const string Usage = $"""
        usage: browse [--articles N] [--events N] [--runs N] [--postgres "Host=…;Port=…;Username=…"] [--keep] [--database NAME] [--only WORDS]
          --articles   generated articles (default 1000000)
          --events     generated events (default 50000)
          --runs       timed runs of each query, each with other parameters (default 50)
          --postgres   the server to make a database on (default: ${ServerVariable})
          --keep       keep the filled database at the end (its name is printed) instead of dropping it
          --database   time the queries on this already filled database (one kept with --keep): no fill
          --only       time only the queries whose name holds these words (e.g. "timeline by outlet")
        """;

    /// <summary>The options, or null when the command line is wrong.</summary>
    public static BrowseBenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var articles = 1_000_000;
        var events = 50_000;
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

        return string.IsNullOrWhiteSpace(server) ? null : new BrowseBenchmarkOptions(articles, events, runs, server, keep, database, only);
    }
}
