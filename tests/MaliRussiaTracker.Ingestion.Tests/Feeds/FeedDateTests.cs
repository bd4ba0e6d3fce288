using MaliRussiaTracker.Ingestion.Feeds;

namespace MaliRussiaTracker.Ingestion.Tests.Feeds;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Thu, 03 Apr 2025 18:45:00 GMT", "2025-04-03T18:45:00+00:00")]
    [InlineData("Thu, 03 Apr 2025 18:45:00 +0000", "2025-04-03T18:45:00+00:00")]
    [InlineData("Thu, 3 Apr 2025 20:45:00 +0200", "2025-04-03T20:45:00+02:00")]
    [InlineData("Mon, 03 Apr 2025 18:45:00 GMT", "2025-04-03T18:45:00+00:00")]
    [InlineData("03 Apr 2025 13:45 EST", "2025-04-03T13:45:00-05:00")]
    [InlineData("Thu, 03 Apr 2025 18:45:00", "2025-04-03T18:45:00+00:00")]
    [InlineData("2025-04-03T18:45:00Z", "2025-04-03T18:45:00+00:00")]
    [InlineData("2025-04-03T20:45:00+02:00", "2025-04-03T20:45:00+02:00")]
    [InlineData("2025-04-03", "2025-04-03T00:00:00+00:00")]
    [InlineData("jeu., 03 avr. 2025 18:45:00 +0000", "2025-04-03T18:45:00+00:00")]
    public void Dates_as_feeds_write_them_are_read(string written, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedParser.ParseDate(written));
    }

    [Theory]
    [InlineData("")]
    [InlineData("hier")]
    [InlineData("32 Apr 2025 10:00:00 GMT")]
    public void What_is_not_a_date_is_no_date(string written)
    {
        Assert.Null(FeedParser.ParseDate(written));
    }
}
