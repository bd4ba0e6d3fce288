using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025-04-03", DatePrecision.Day, "2025-04-03", "2025-04-03")]
    [InlineData("2025-04", DatePrecision.Month, "2025-04-01", "2025-04-30")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2021", DatePrecision.Year, "2021-01-01", "2021-12-31")]
    [InlineData("2025-11-11/2025-11-14", DatePrecision.Day, "2025-11-11", "2025-11-14")]
    [InlineData("2020/2023", DatePrecision.Year, "2020-01-01", "2023-12-31")]
    [InlineData("2022/2025-06-23", DatePrecision.Year, "2022-01-01", "2025-06-23")]
    public void Parses_iso_text_at_its_precision_and_formats_it_back(string text, DatePrecision precision, string earliest, string latest)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(earliest), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Latest);
        Assert.Equal(text, date.ToString());
        Assert.Equal(text.Contains('/'), date.IsRange);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("avril 2025", "not an ISO date")]
    [InlineData("2025-13", "month must be 1 to 12")]
    [InlineData("2025-02-30", "February 2025 has 28 days")]
    [InlineData("25-04-03", "not an ISO date")]
    [InlineData("2025-4-3", "not an ISO date")]
    [InlineData("2025-11-14/2025-11-11", "ends before it starts")]
    [InlineData("2025-11-11/", "not an ISO date")]
    [InlineData("0000", "year must be 1 to 9999")]
    public void Refuses_invalid_text_with_a_message_that_says_why(string text, string why)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-11-11/2025-11-14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_of_one_point_is_that_point()
    {
        Assert.Equal(PartialDate.OfMonth(2025, 4), PartialDate.Parse("2025-04/2025-04"));
        Assert.False(PartialDate.Range(DatePoint.OfYear(2021), DatePoint.OfYear(2021)).IsRange);
    }

    [Fact]
    public void A_range_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => PartialDate.Range(DatePoint.OfMonth(2025, 5), DatePoint.OfDay(2025, 4, 30)));
    }

    [Fact]
    public void Impossible_days_are_refused_when_built_in_code()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfDay(2023, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.OfMonth(2023, 0));
    }

    [Fact]
    public void Sorts_in_timeline_order_coarser_first_and_the_same_as_its_text()
    {
        string[] shuffled = ["2025-06-23", "2025", "2024-07-04", "2025-04-03", "2025-04", "2025-11-11/2025-11-14", "2023-02-06/2023-02-07", "2025-04-03/2025-04-05", "2020/2023", "2025-11-11"];
        string[] expected = ["2020/2023", "2023-02-06/2023-02-07", "2024-07-04", "2025", "2025-04", "2025-04-03", "2025-04-03/2025-04-05", "2025-06-23", "2025-11-11", "2025-11-11/2025-11-14"];

        var byValue = shuffled.Select(PartialDate.Parse).Order().Select(d => d.ToString()).ToArray();
        var byText = shuffled.Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, byValue);
        Assert.Equal(expected, byText);
    }

    [Fact]
    public void Knows_which_days_it_covers()
    {
        var bamex = PartialDate.Parse("2025-11-11/2025-11-14");

        Assert.True(bamex.Contains(new DateOnly(2025, 11, 13)));
        Assert.False(bamex.Contains(new DateOnly(2025, 11, 15)));
        Assert.True(bamex.Overlaps(PartialDate.OfMonth(2025, 11)));
        Assert.False(bamex.Overlaps(PartialDate.OfMonth(2025, 10)));
    }

    [Fact]
    public void Compares_with_operators()
    {
        Assert.True(PartialDate.OfYear(2024) < PartialDate.OfMonth(2024, 1));
        Assert.True(PartialDate.OfDay(2025, 1, 2) > PartialDate.OfMonth(2025, 1));
        Assert.True(PartialDate.OfDay(2025, 1, 2) >= PartialDate.Parse("2025-01-02"));
    }
}
