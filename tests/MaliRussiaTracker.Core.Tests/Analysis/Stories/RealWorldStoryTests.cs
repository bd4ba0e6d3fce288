using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Stories;

namespace MaliRussiaTracker.Core.Tests.Analysis.Stories;

/// <summary>Stories from what happened: who, when and what kind of happening, in any language.</summary>
public class RealWorldStoryTests
{
    private static readonly ArticleAnalyzer Analyzer = new(TestWorld.Build());

    private static StoryFingerprint Fingerprint(string text) => Analyzer.Read("a.txt", text).Fingerprint!;

    private const string FrenchVisit = """
        Publié le 3 septembre 2024

        L'ambassadrice Irina Volkova a effectué mardi une visite au camp Alpha Yaya avec le ministre Amadou Koné. Les
        deux responsables ont parlé de la formation des officiers et de la livraison de véhicules blindés.
        """;

    private const string EnglishVisit = """
        September 3, 2024

        Ambassador Irina Volkova visited the Alpha Yaya camp on Tuesday with minister Amadou Kone, the ministry said.
        They discussed the training of officers and the delivery of armoured vehicles to the army.
        """;

    [Fact]
    public void An_english_report_of_a_french_story_joins_it()
    {
        var similarity = Fingerprint(FrenchVisit).Similarity(Fingerprint(EnglishVisit));

        Assert.True(similarity >= StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void The_same_people_meeting_months_apart_are_two_stories()
    {
        var later = EnglishVisit.Replace("September 3, 2024", "December 10, 2024", StringComparison.Ordinal);

        var similarity = Fingerprint(FrenchVisit).Similarity(Fingerprint(later));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Same_day_reports_on_the_same_people_that_tell_other_kinds_of_happening_are_two_stories()
    {
        const string school = """
            September 3, 2024

            Ambassador Irina Volkova and minister Amadou Kone opened a new school for the students of the capital,
            with classrooms and a library paid for by Russia.
            """;

        var similarity = Fingerprint(FrenchVisit).Similarity(Fingerprint(school));

        Assert.True(similarity < StoryFingerprint.SameStoryThreshold, $"similarity {similarity}");
    }

    [Fact]
    public void Transliterations_of_a_new_name_are_one_rare_name()
    {
        var french = Fingerprint("Le 3 mars 2025, le général Piotr Chevtchenko a inspecté la base de Gao.");
        var english = Fingerprint("On March 3, 2025, General Piotr Shevchenko inspected the Gao base.");

        Assert.Contains(french.Actors.Where(a => a[0] == '~'), english.Actors.Contains);
    }

    [Fact]
    public void Capitalised_words_of_an_english_headline_are_not_names()
    {
        var fingerprint = Fingerprint("Russian Air Defence Trainers Arrive In Conakry\n\nThe trainers arrived on March 3, 2025 with their air defence systems.");

        Assert.DoesNotContain(fingerprint.Actors, a => a is "~arrive" or "~conakri" or "~trainers" or "~defence");
    }
}
