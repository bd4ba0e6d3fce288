using System.Globalization;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>The import benchmark's command line.</summary>
internal sealed record ImportBenchmarkOptions(int Articles, string Server, int EngineSample, bool KeepFile)
{
    public const string ServerVariable = "MRT_BENCH_POSTGRES";

    public const string Usage = $"""
        usage: import [--articles N] [--postgres "Host=127.0.0.1;Port=5432;Username=postgres"] [--engine-sample N] [--keep-file]
          --articles       lines to generate and import (default 100000)
          --postgres       the server to make a database on (default: ${ServerVariable}); the database is dropped at the end
          --engine-sample  articles the engine reads alone first, to compare with the whole path (default 2000; 0 skips)
          --keep-file      keep the generated JSONL file and its key
        """;

    /// <summary>The options, or null when the command line is wrong.</summary>
    public static ImportBenchmarkOptions? Parse(IReadOnlyList<string> args)
    {
        var articles = 100_000;
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        var engineSample = 2_000;
        var keepFile = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--articles" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out articles) && articles > 0:
                case "--engine-sample" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out engineSample):
                    i++;
                    break;
                case "--postgres" when i + 1 < args.Count:
                    server = args[++i];
                    break;
                case "--keep-file":
                    keepFile = true;
                    break;
                default:
                    return null;
            }
        }

        return string.IsNullOrWhiteSpace(server) ? null : new ImportBenchmarkOptions(articles, server, engineSample, keepFile);
    }
}
