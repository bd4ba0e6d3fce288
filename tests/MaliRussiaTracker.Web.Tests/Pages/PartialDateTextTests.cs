using System.Globalization;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Web.Components.Shared;

namespace MaliRussiaTracker.Web.Tests.Pages;

public class PartialDateTextTests
{
    [Theory]
    [InlineData("fr", "2025-11-11/2025-11-14", "11–14 novembre 2025")]
    [InlineData("en", "2025-11-11/2025-11-14", "11–14 November 2025")]
    [InlineData("fr", "2025-05-01", "1er mai 2025")]
    [InlineData("en", "2025-05-01", "1 May 2025")]
    [InlineData("fr", "2024-04/2025-01", "avril 2024 – janvier 2025")]
    [InlineData("en", "2024-04/2025-01", "April 2024 – January 2025")]
    [InlineData("en", "2021", "2021")]
    public void A_date_is_written_at_its_precision_in_the_interfaces_language(string language, string iso, string expected)
    {
        Assert.Equal(expected, InCulture(language, () => PartialDateText.Of(PartialDate.Parse(iso))));
    }

    [Fact]
    public void The_charts_short_months_are_told_apart_in_both_languages()
    {
        var french = InCulture("fr", () => Enumerable.Range(1, 12).Select(PartialDateText.ShortMonth).ToList());
        var english = InCulture("en", () => Enumerable.Range(1, 12).Select(PartialDateText.ShortMonth).ToList());

        Assert.Equal(12, french.Distinct().Count());
        Assert.Equal(12, english.Distinct().Count());
        Assert.Equal(("juil.", "Jul"), (french[6], english[6]));
    }

    private static T InCulture<T>(string language, Func<T> write)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
