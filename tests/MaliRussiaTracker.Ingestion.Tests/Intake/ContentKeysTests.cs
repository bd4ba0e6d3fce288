using MaliRussiaTracker.Ingestion.Intake;

namespace MaliRussiaTracker.Ingestion.Tests.Intake;

public class ContentKeysTests
{
    [Fact]
    public void The_same_text_rewrapped_or_in_another_unicode_form_hashes_the_same()
    {
        var original = "Le président malien a reçu\nune délégation russe.";
        var rewrapped = "  Le président malien a reçu une   délégation\r\n russe.  ";
        var decomposed = "Le pre\u0301sident malien a rec\u0327u une de\u0301le\u0301gation russe.";

        Assert.Equal(ContentKeys.HashText(original), ContentKeys.HashText(rewrapped));
        Assert.Equal(ContentKeys.HashText(original), ContentKeys.HashText(decomposed));
        Assert.NotEqual(ContentKeys.HashText(original), ContentKeys.HashText("Le président malien a reçu une délégation turque."));
        Assert.Matches("^[0-9a-f]{64}$", ContentKeys.HashText(original));
    }

    [Theory]
    [InlineData("https://WWW.Example.org/Afrique/article-1/?utm_source=rss&utm_medium=feed#comments", "https://example.org/Afrique/article-1")]
    [InlineData("http://example.org/a?id=3&fbclid=xyz&page=2", "http://example.org/a?id=3&page=2")]
    [InlineData("https://example.org:8443/a", "https://example.org:8443/a")]
    [InlineData("https://example.org/", "https://example.org")]
    public void Canonical_urls_drop_what_does_not_name_the_page(string url, string canonical)
    {
        Assert.Equal(canonical, ContentKeys.CanonicalUrl(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.org/a")]
    [InlineData("/relative/path")]
    public void What_is_not_an_absolute_web_address_has_no_canonical_url(string? url)
    {
        Assert.Null(ContentKeys.CanonicalUrl(url));
    }
}
