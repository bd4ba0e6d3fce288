using System.Text;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Feeds;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Tests.Http;
using MaliRussiaTracker.Testing.Http;

namespace MaliRussiaTracker.Ingestion.Tests.Feeds;

/// <summary>Every feed format and the ways real feeds break them, served over HTTP as a site would.</summary>
public sealed class FeedFormatTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_atom_0_3_feed_gives_its_entries_with_their_dates_authors_and_escaped_content()
    {
        var updated = await ReadAsync(File.ReadAllBytes(TestData("atom03-feed.xml")), "application/atom+xml");

        Assert.Equal("Carnet de Bamako", updated.Title);
        Assert.Equal(["Koulouba reçoit une délégation russe", "Exercices conjoints à Koulikoro"], updated.Entries.Select(e => e.Title));
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 10, 0, 0, TimeSpan.Zero), updated.Entries[0].Published);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 8, 30, 0, TimeSpan.Zero), updated.Entries[1].Published);
        Assert.Equal("Moussa Keïta", updated.Entries[0].Author);
        Assert.Equal("<p>Le président de la transition a reçu une délégation.</p>", updated.Entries[0].SummaryHtml);
        Assert.Equal("<p>Les armées malienne et russe ont commencé des exercices.</p>", updated.Entries[1].ContentHtml);
        Assert.Equal(new Uri("https://carnet.example/2025/04/koulouba"), updated.Entries[0].Link);
    }

    [Fact]
    public async Task An_rss_0_90_rdf_feed_gives_its_items()
    {
        var updated = await ReadAsync(File.ReadAllBytes(TestData("rss090-feed.xml")), "application/rdf+xml");

        Assert.Equal("Dépêches du Sahel", updated.Title);
        Assert.Equal([new Uri("https://depeches.example/niamey-moscou"), new Uri("https://depeches.example/ouagadougou")], updated.Entries.Select(e => e.Link));
    }

    [Fact]
    public async Task Dublin_core_titles_dates_and_creators_are_read()
    {
        var updated = await ReadAsync(File.ReadAllBytes(TestData("rss10-dublin-core-feed.xml")), "application/rss+xml");

        Assert.Equal("Revue de presse sahélienne", updated.Title);
        var entry = Assert.Single(updated.Entries);
        Assert.Equal(("Gao : la coopération sécuritaire en question", "Fatoumata Diallo"), (entry.Title, entry.Author));
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 9, 15, 0, TimeSpan.FromHours(2)), entry.Published);
        Assert.Equal("https://revue.example/gao", entry.Id);
    }

    [Fact]
    public async Task A_json_feed_gives_its_items_with_absolute_links_dates_and_authors()
    {
        var updated = await ReadAsync(File.ReadAllBytes(TestData("json-feed.json")), "application/feed+json");

        Assert.Equal("Le Fil de Niamey", updated.Title);
        Assert.Equal(2, updated.Entries.Count);
        Assert.Equal(("fil-101", "Ibrahim Soumana"), (updated.Entries[0].Id, updated.Entries[0].Author));
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 14, 0, 0, TimeSpan.FromHours(1)), updated.Entries[0].Published);
        Assert.Equal("<p>Une délégation nigérienne a été reçue à Moscou.</p>", updated.Entries[0].ContentHtml);
        Assert.Equal(_server.Url("/articles/102"), updated.Entries[1].Link);
        Assert.Equal("Les premiers instructeurs sont attendus la semaine prochaine.", updated.Entries[1].ContentHtml);
    }

    [Fact]
    public async Task Html_named_entities_are_read_as_their_characters()
    {
        var updated = await ReadAsync(File.ReadAllBytes(TestData("entities-feed.xml")), "application/rss+xml");

        Assert.Equal("L’Écho du Mali", updated.Title);
        var entry = Assert.Single(updated.Entries);
        Assert.Equal("Accord de défense\u00A0: Bamako et Moscou l’ont signé & publié", entry.Title);
        Assert.Equal("<p>Le texte prévoit des «\u00A0formations\u00A0».</p>", entry.SummaryHtml);
    }

    [Fact]
    public async Task A_byte_order_mark_followed_by_blank_lines_is_forgiven()
    {
        var xml = "\r\n\r\n  <?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Flux</title>"
            + "<item><title>Kidal, été 2024</title><link>https://journal.example/kidal</link></item></channel></rss>";

        var updated = await ReadAsync([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(xml)], "application/rss+xml");

        Assert.Equal("Kidal, été 2024", Assert.Single(updated.Entries).Title);
    }

    [Fact]
    public async Task Raw_ampersands_a_declaration_after_a_comment_and_an_rss_without_channel_are_forgiven()
    {
        var xml = "<!-- généré par un CMS -->\n<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sport & Défense</title>"
            + "<item><title>Tir &#X41; Koulikoro</title><link>https://journal.example/a?id=1&page=2</link></item></channel></rss>";

        var updated = await ReadAsync(Encoding.UTF8.GetBytes(xml), "application/rss+xml");
        var empty = await ReadAsync(Encoding.UTF8.GetBytes("<rss version=\"2.0\"></rss>"), "application/rss+xml");

        Assert.Equal("Sport & Défense", updated.Title);
        var entry = Assert.Single(updated.Entries);
        Assert.Equal(("Tir A Koulikoro", new Uri("https://journal.example/a?id=1&page=2")), (entry.Title, entry.Link));
        Assert.Empty(empty.Entries);
    }

    [Fact]
    public async Task A_feed_cut_short_keeps_its_complete_items()
    {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Flux coupé</title>"
            + "<item><title>Première</title><link>https://journal.example/1</link></item>"
            + "<item><title>Deuxième</title><link>https://journal.example/2</link><description><![CDATA[<p>Un </item> dans le texte</p>]]></description></item>"
            + "<item><title>Troisième</title><link>https://journal.ex";

        var updated = await ReadAsync(Encoding.UTF8.GetBytes(xml), "application/rss+xml");

        Assert.Equal(["Première", "Deuxième"], updated.Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task An_atom_text_title_keeps_the_words_that_look_like_tags()
    {
        var xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Flux</title><entry><id>e1</id>"
            + "<title type=\"text\">Le décret &lt;b&gt;2025-04&lt;/b&gt; et la loi</title><link href=\"https://journal.example/decret\"/></entry>"
            + "<entry><id>e2</id><title type=\"html\">Le décret &lt;b&gt;2025-05&lt;/b&gt;</title><link href=\"https://journal.example/decret-2\"/></entry></feed>";

        var updated = await ReadAsync(Encoding.UTF8.GetBytes(xml), "application/atom+xml");

        Assert.Equal(["Le décret <b>2025-04</b> et la loi", "Le décret 2025-05"], updated.Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task A_document_with_items_none_of_which_can_be_read_is_a_failure_that_says_so()
    {
        var xml = "<rss version=\"2.0\"><channel><title>Flux</title></channel><items><item><title>Perdue</title></item></items></rss>";

        var failed = await FailAsync(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(FetchFailureKind.NotAFeed, failed.Failure.Kind);
        Assert.Contains("1 <item> or <entry> element(s), but none where its format", failed.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_that_is_no_feed_says_what_its_root_is_and_what_a_feed_has()
    {
        var failed = await FailAsync(Encoding.UTF8.GetBytes("<html><body>Pas un flux</body></html>"));

        Assert.Contains("its root element is <html> in no namespace; a feed's is <rss>, <rdf:RDF> or <feed>", failed.Failure.Message, StringComparison.Ordinal);
    }

    private async Task<FeedUpdated> ReadAsync(byte[] body, string contentType)
    {
        var result = await ServeAndReadAsync(body, contentType);
        return Assert.IsType<FeedUpdated>(result, exactMatch: true) is var updated ? updated : throw new InvalidOperationException();
    }

    private async Task<FeedFailed> FailAsync(byte[] body) => Assert.IsType<FeedFailed>(await ServeAndReadAsync(body, "application/xml"));

    private async Task<FeedReadResult> ServeAndReadAsync(byte[] body, string contentType)
    {
        var path = "/" + Guid.NewGuid().ToString("N");
        _server.Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        });
        using var services = new FetchingServices();
        var feed = new Feed { Url = _server.Url(path).AbsoluteUri, PollInterval = TimeSpan.FromMinutes(30), NextCheckAt = TimeProvider.System.GetUtcNow() };
        var result = await services.Feeds.ReadAsync(feed, CancellationToken.None);
        Assert.False(result is FeedFailed { Failure: var f } && contentType != "application/xml", (result as FeedFailed)?.Failure.Message);
        return result;
    }

    private static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
