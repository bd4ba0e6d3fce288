using System.CommandLine;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Output;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Cli.Commands;

/// <summary>
/// <c>mrt analyze [--json] FILE...</c>: runs the engine over files as one batch (so articles of one story share
/// it and lend it their dates) and prints one JSON line per file, or a report a person reads. No database: the
/// gazetteer is the starting world, or a world file given with <c>--world</c>.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Article text files.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per file, a line each (DESIGN.md's output contract)." };
        var world = new Option<FileInfo?>("--world") { Description = "A world file (starting-world.json's form) to use instead of the shipped one." };
        var maxMegabytes = new Option<int>("--max-mb") { Description = "Files larger than this are refused (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("analyze", "Analyse article files and print what the engine reads out of each.") { files, json, world, maxMegabytes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var known = KnownWorld.From(LoadWorld(parse.GetValue(world)));
            var decoding = new DecodingOptions { MaxBytes = parse.GetValue(maxMegabytes) * 1024L * 1024L };
            var analyzer = new ArticleAnalyzer(known, TimeProvider.System, decoding);
            var inputs = parse.GetValue(files)!.Select(f => Read(f, decoding)).ToList();

            var failed = 0;
            foreach (var analysis in new BatchAnalyzer(analyzer).Analyze(inputs))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (analysis.Error is not null)
                {
                    failed++;
                    await context.Errors.WriteLineAsync($"mrt: {analysis.File}: {analysis.Error}");
                }

                await context.Output.WriteLineAsync(parse.GetValue(json) ? AnalysisJson.Write(analysis) : AnalysisReport.Write(analysis));
            }

            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static StartingWorld LoadWorld(FileInfo? file)
    {
        if (file is null)
            return StartingWorld.LoadEmbedded();
        using var stream = file.OpenRead();
        return StartingWorld.Read(stream);
    }

    // A file too large is refused before it is read, so a 50 MB file costs nothing.
    private static ArticleInput Read(FileInfo file, DecodingOptions decoding)
    {
        try
        {
            if (!file.Exists)
                return new ArticleInput(file.FullName, [], "no such file");
            if (decoding.SizeRefusal(file.Length) is { } tooLarge)
                return new ArticleInput(file.FullName, [], tooLarge);
            return new ArticleInput(file.FullName, File.ReadAllBytes(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ArticleInput(file.FullName, [], $"cannot be read: {e.Message}");
        }
    }
}
