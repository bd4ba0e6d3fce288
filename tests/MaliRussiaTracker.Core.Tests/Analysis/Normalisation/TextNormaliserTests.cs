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
