using MaliRussiaTracker.Core.Analysis.Actors;

namespace MaliRussiaTracker.Core.Tests.Analysis.Actors;

public sealed class CandidateSlugTests
{
    [Fact]
    public void A_name_is_folded_and_its_words_joined_by_hyphens()
    {
        Assert.Equal("celestin-simpore", CandidateSlug.Of("Célestin Simporé"));
        Assert.Equal("jean-baptiste-o-neill", CandidateSlug.Of("Jean-Baptiste O'Neill"));
    }

    [Fact]
    public void A_russian_name_printed_the_french_and_the_english_way_makes_one_slug()
    {
        Assert.Equal(CandidateSlug.Of("Guennadi Koudriavtsev"), CandidateSlug.Of("Gennady Kudriavtsev"));
        Assert.Equal(CandidateSlug.Of("Alexeï Moussine"), CandidateSlug.Of("Alexey Musine"));
    }

    [Fact]
    public void A_russian_name_takes_the_international_romanisation_of_its_given_name()
    {
        Assert.Equal("sergei-pavlov", CandidateSlug.Of("Sergueï Pavlov"));
    }

    [Fact]
    public void A_name_that_is_not_russian_keeps_its_french_spelling()
    {
        Assert.Equal("boubacar-ouedraogo", CandidateSlug.Of("Boubacar Ouédraogo"));
        Assert.Equal("victor-coulibaly", CandidateSlug.Of("Victor Coulibaly"));
    }
}
