using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Demo;

/// <summary>
/// Loads the five articles the product was asked for, so a fresh embedded install shows real material.
/// They go through the same intake as any article: loading them twice stores nothing twice.
/// </summary>
public sealed class DemoArticleLoader(ArticleIntake intake, ILogger<DemoArticleLoader> logger)
{
    private const string Prefix = "MaliRussiaTracker.Demo.";
    private const int LongestTitle = 160;

    /// <summary>Submits each demo article and returns how many were new.</summary>
    public async Task<int> LoadAsync(CancellationToken cancellationToken)
    {
        var assembly = typeof(DemoArticleLoader).Assembly;
        var stored = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = await reader.ReadToEndAsync(cancellationToken);
            var result = await intake.SubmitAsync(new ArticleSubmission(text) { Title = GuessTitle(text), Outlet = null }, cancellationToken);
            if (result.Outcome == IntakeOutcome.Stored)
                stored++;
        }

        if (stored > 0)
            logger.LogInformation("Loaded {Count} demo article(s)", stored);
        return stored;
    }

    /// <summary>The first line when it is short enough to be a headline, else the start of the first sentence.</summary>
    internal static string GuessTitle(string text)
    {
        var firstLine = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        if (firstLine.Length <= LongestTitle)
            return firstLine;
        var sentenceEnd = firstLine.IndexOfAny(['.', '!', '?']);
        var sentence = sentenceEnd > 0 && sentenceEnd < LongestTitle ? firstLine[..sentenceEnd] : firstLine;
        return sentence.Length <= LongestTitle ? sentence : sentence[..sentence.LastIndexOf(' ', LongestTitle)] + " …";
    }
}
