using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Normalisation;

public class TextNormaliserTests
{
    [Fact]
    public void Composes_accents_straightens_apostrophes_and_plains_spaces_and_line_ends()
    {
        var decomposed = "Ge\u0301ne\u0301ral l\u2019arme\u0301e\u00A0:\r\nfin";

        Assert.Equal("Général l'armée :\nfin", TextNormaliser.Normalise(decomposed));
    }

    [Fact]
    public void Folding_keeps_offsets_and_drops_case_and_accents()
    {
        var folded = FoldedText.Of("Goïta et Sergueï À BAMAKO");

        Assert.Equal("goita et serguei a bamako", folded.Folded);
        Assert.Equal(folded.Original.Length, folded.Folded.Length);
    }
}

public class LetterRunsTests
{
    [Fact]
    public void Words_are_runs_of_letters_split_at_apostrophes_hyphens_and_digits()
    {
        const string text = "L'armée a quitté Saint-Pétersbourg en 2025.";
        var words = new List<string>();
        foreach (var (start, length) in LetterRuns.Of(text))
            words.Add(text.Substring(start, length));

        Assert.Equal(["L", "armée", "a", "quitté", "Saint", "Pétersbourg", "en"], words);
    }
}
