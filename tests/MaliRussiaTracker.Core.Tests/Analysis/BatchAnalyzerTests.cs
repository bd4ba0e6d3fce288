using System.Text;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis;

public class BatchAnalyzerTests
{
    private const string Dated = """
        Moscou a reçu jeudi 6 mars 2025 le ministre malien des Affaires étrangères, Abdoulaye Diop, pour parler de
        coopération militaire. Sergueï Lavrov a promis des instructeurs et des armes au Mali et au Burkina Faso.
        « Nous renforcerons nos armées ensemble », a déclaré Abdoulaye Diop à Moscou. La Russie livrera des drones
        en avril, selon le ministère russe de la Défense, pour soutenir les forces du Sahel.
        """;

    private const string Undated = """
        Abdoulaye Diop était à Moscou, où Sergueï Lavrov lui a promis des armes et des instructeurs pour le Mali et
        le Burkina Faso. Le chef de la diplomatie malienne a évoqué une coopération militaire renforcée avec la Russie,
        et des drones russes doivent arriver en avril pour les forces du Sahel, a indiqué le ministère de la Défense.
        """;

    private static readonly BatchAnalyzer Batch = new(new ArticleAnalyzer(KnownWorld.LoadEmbedded()));

    private static ArticleInput Input(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_undated_article_takes_its_storys_date_and_resolves_its_relative_dates_against_it()
    {
        var results = Batch.Analyze([Input("dated.txt", Dated), Input("undated.txt", Undated)]);

        Assert.Equal(results[0].Story, results[1].Story);
        Assert.Equal("2025-03-06", results[1].MainDate.ToString());
        Assert.Equal("story", results[1].MainDateSource);
        Assert.Contains(results[1].DatedFacts, f => f.Date.ToString() == "2025-04" && f.Resolution is not null);
    }

    [Fact]
    public void A_story_lends_the_day_its_dated_member_reports_not_that_members_publication_day()
    {
        var results = Batch.Analyze([Input("dated.txt", "Publié le samedi 8 mars 2025 à 09:00\n" + Dated.Replace("jeudi 6 mars 2025", "jeudi")), Input("undated.txt", Undated)]);

        Assert.Equal("2025-03-06", results[0].MainDate.ToString());
        Assert.Equal(results[0].Story, results[1].Story);
        Assert.Equal("2025-03-06", results[1].MainDate.ToString());
    }

    [Fact]
    public void An_undated_member_s_weekday_is_the_one_nearest_its_story_s_day_even_after_it()
    {
        // The story's day is Thursday 6 March; « ce vendredi » is the 7th, not the Friday of the week before.
        var results = Batch.Analyze([Input("dated.txt", Dated), Input("undated.txt", Undated.Replace("était à Moscou,", "était à Moscou ce vendredi,"))]);

        Assert.Equal(results[0].Story, results[1].Story);
        Assert.Equal("2025-03-07", results[1].MainDate.ToString());
    }

    [Fact]
    public void An_undated_member_s_yesterday_is_left_out_since_its_story_s_day_is_not_when_it_was_written()
    {
        var results = Batch.Analyze([Input("dated.txt", Dated), Input("undated.txt", "Hier, " + Undated)]);

        Assert.Equal(results[0].Story, results[1].Story);
        Assert.Equal("2025-03-06", results[1].MainDate.ToString());
        Assert.DoesNotContain(results[1].DatedFacts, f => f.Text.Contains("Hier", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Bad_inputs_each_get_a_clear_message_and_the_other_files_are_still_analysed()
    {
        var big = new byte[50 * 1024 * 1024];
        Array.Fill(big, (byte)'a');
        byte[] invalidUtf8 = [.. Encoding.UTF8.GetBytes("Un texte accentué, été comme hiver. "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" déjà vu.")];

        var results = Batch.Analyze(
        [
            new ArticleInput("empty.txt", []),
            new ArticleInput("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
            new ArticleInput("big.txt", big),
            new ArticleInput("broken.txt", invalidUtf8),
            Input("good.txt", Dated),
        ]);

        Assert.Contains("empty", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("binary", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("limit", results[2].Error, StringComparison.Ordinal);
        Assert.Contains("UTF-8", results[3].Error, StringComparison.Ordinal);
        Assert.Null(results[4].Error);
        Assert.True(results[4].Relevant);
        Assert.Contains("abdoulaye-diop", results[4].Actors);
    }
}
