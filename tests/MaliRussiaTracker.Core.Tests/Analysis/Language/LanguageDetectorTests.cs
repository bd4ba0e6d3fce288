using MaliRussiaTracker.Core.Analysis.Language;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Language;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Le gouvernement a présenté mardi un plan pour la saison des pluies, avec des digues et des pompes.", "fr")]
    [InlineData("The government presented on Tuesday a plan for the rainy season, with dykes and pumps for the farmers.", "en")]
    [InlineData("Die Regierung hat am Dienstag einen Plan für die Regenzeit vorgestellt, mit Deichen und Pumpen.", "other")]
    [InlineData("ok", "other")]
    public void Tells_french_from_english_from_other_languages(string text, string language) =>
        Assert.Equal(language, LanguageDetector.Detect(FoldedText.Fold(text)));
}
