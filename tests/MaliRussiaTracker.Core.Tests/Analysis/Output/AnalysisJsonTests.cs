using System.Text.Json;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Output;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Output;

public class AnalysisJsonTests
{
    private static readonly ArticleAnalyzer Analyzer = new(KnownWorld.LoadEmbedded());

    [Fact]
    public void Writes_every_field_of_the_output_contract_on_one_line()
    {
        var analysis = Analyzer.Analyze("dir/article.txt", """
            Bamako, mardi 4 février 2025. Le président malien, Assimi Goïta, a reçu une délégation russe au Palais de
            Koulouba. « Nos armées avancent ensemble vers la victoire », a-t-il déclaré, selon la présidence.
            Lire aussi : un autre sujet
            """);

        var line = AnalysisJson.Write(analysis);
        var json = JsonDocument.Parse(line).RootElement;

        Assert.DoesNotContain('\n', line);
        string[] fields = ["file", "language", "relevant", "published", "main_date", "story", "outlet", "author", "actors", "places",
            "events", "agreements", "dated_facts", "quotes", "candidates", "furniture"];
        Assert.All(fields, f => Assert.True(json.TryGetProperty(f, out _), f));
        Assert.Equal("article.txt", json.GetProperty("file").GetString());
        Assert.Equal("2025-02-04", json.GetProperty("main_date").GetString());
        Assert.Equal("assimi-goita", json.GetProperty("quotes")[0].GetProperty("speaker").GetString());
        Assert.Contains("Nos armées avancent", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_one_line_with_its_error()
    {
        var line = AnalysisJson.Write(Analyzer.Analyze("empty.txt", ReadOnlySpan<byte>.Empty));

        Assert.Equal("""{"file":"empty.txt","error":"the file is empty"}""", line);
    }

    [Fact]
    public void The_report_shows_what_was_found_where_and_the_furniture_removed()
    {
        var analysis = Analyzer.Analyze("a.txt", "Sergueï Lavrov était à Bamako le 6 février 2023.\nLire aussi : autre chose");

        var report = AnalysisReport.Write(analysis);

        Assert.Contains("sergei-lavrov @0: « Sergueï Lavrov »", report, StringComparison.Ordinal);
        Assert.Contains("2023-02-06", report, StringComparison.Ordinal);
        Assert.Contains("-- Furniture removed (1)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_shows_a_speaker_known_from_the_sentences_before_the_quote()
    {
        var analysis = Analyzer.Analyze("a.txt", """
            Sergueï Lavrov a visité la base aérienne de Sévaré le 6 février 2023 avec des pilotes maliens.
            « Vos équipages seront bientôt prêts à voler seuls », a assuré le ministre devant les élèves.
            """);

        var report = AnalysisReport.Write(analysis);

        Assert.Contains("sergei-lavrov (from the sentences before)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_lists_every_quote_of_every_article_the_tests_keep()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData"), "*.txt", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var analysis = Analyzer.Analyze(file, File.ReadAllBytes(file));

            var report = AnalysisReport.Write(analysis);

            Assert.Contains($"-- Quotes ({analysis.Quotes.Count})", report, StringComparison.Ordinal);
        }
    }
}
