using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Normalisation;

public class TransliterationTests
{
    [Theory]
    [InlineData("Belooussov", "Belousov")]
    [InlineData("Chevtchenko", "Shevchenko")]
    [InlineData("Prigojine", "Prigozhin")]
    [InlineData("Ievkourov", "Yevkurov")]
    [InlineData("Evkourov", "Yevkurov")]
    [InlineData("Saltikov", "Saltykov")]
    [InlineData("Grouzdev", "Gruzdev")]
    [InlineData("Ivanoff", "Ivanov")]
    [InlineData("Poutine", "Putin")]
    public void French_and_English_transliterations_of_one_russian_name_fold_alike(string french, string english) =>
        Assert.Equal(Transliteration.Fold(FoldedText.Fold(english)), Transliteration.Fold(FoldedText.Fold(french)));

    [Theory]
    [InlineData("Sokolov", "Sidorov")]
    [InlineData("Koulibaly", "Kouyate")]
    public void Different_names_stay_different(string one, string other) =>
        Assert.NotEqual(Transliteration.Fold(FoldedText.Fold(one)), Transliteration.Fold(FoldedText.Fold(other)));
}
