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
    // The forms feedparser's documentation lists (docs/date-parsing.rst), written here again.
    [InlineData("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21+00:00")]
    [InlineData("01 Jan 2004", "2004-01-01T00:00:00+00:00")]
    [InlineData("01 Jan 2004 00:00 GMT", "2004-01-01T00:00:00+00:00")]
    [InlineData("2003-12-31T10:14:55-08:00", "2003-12-31T10:14:55-08:00")]
    [InlineData("2003", "2003-01-01T00:00:00+00:00")]
    [InlineData("2003-12", "2003-12-01T00:00:00+00:00")]
    [InlineData("20031231", "2003-12-31T00:00:00+00:00")]
    [InlineData("-03-12", "2003-12-01T00:00:00+00:00")]
    [InlineData("-0312", "2003-12-01T00:00:00+00:00")]
    [InlineData("-03-12-31", "2003-12-31T00:00:00+00:00")]
    [InlineData("031231", "2003-12-31T00:00:00+00:00")]
    [InlineData("2003-335", "2003-12-01T00:00:00+00:00")]
    [InlineData("03335", "2003-12-01T00:00:00+00:00")]
    [InlineData("Sun Jan  4 16:29:06 PST 2004", "2004-01-04T16:29:06-08:00")]
    [InlineData("Thu, 31 Jun 2004 19:48:21 GMT", "2004-07-01T19:48:21+00:00")]
    [InlineData("Mon, 26 January 2004 16:31:00 EST", "2004-01-26T16:31:00-05:00")]
    [InlineData("Mon, 26 Jan 2004 16:31:00 ET", "2004-01-26T16:31:00-05:00")]
    [InlineData("2003-12-31T25:14:55Z", "2004-01-01T01:14:55+00:00")]
    [InlineData("2003-12-31T10:61:55Z", "2003-12-31T11:01:55+00:00")]
    [InlineData("2003-12-31T10:14:61Z", "2003-12-31T10:15:01+00:00")]
    [InlineData("2004-07-08 23:56:58.0", "2004-07-08T23:56:58+00:00")]
    [InlineData("2004-07-08 23:56:58", "2004-07-08T23:56:58+00:00")]
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
