using System.IO.Compression;
using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Ingestion.Batches;

namespace MaliRussiaTracker.Ingestion.Tests.Batches;

public class BatchReaderTests
{
    private static readonly BatchLimits Limits = new() { MaxItemBytes = 4096, MaxZipExpandedBytes = 1 << 20, MaxCompressionRatio = 50 };

    [Fact]
    public async Task Jsonl_reads_every_good_line_and_rejects_each_bad_one_with_its_line_number()
    {
        var jsonl = string.Join('\n',
            """{"url":"https://a.example/1","title":"Un","outlet":"A","published":"2025-06-23","text":"Premier article."}""",
            "",
            """{"html":"<p>Deuxième</p>","published":"2025-06-23T07:31:00+02:00"}""",
            """{"title":"sans texte"}""",
            """[1, 2]""",
            """{"text":"date fausse","published":"06/23/2025"}""",
            new string('x', 5000),
            """{"text":"Dernier, tronqué""");

        var items = await ReadAsync(new JsonlBatchReader(Limits).ReadAsync(Utf8(jsonl), CancellationToken.None));

        Assert.Equal([1, 3, 4, 5, 6, 7, 8], items.Select(i => i.Position));
        Assert.Equal(new BatchArticle("https://a.example/1", "Un", "A", new DateOnly(2025, 6, 23), "Premier article.", null), items[0].Article);
        Assert.Equal(("<p>Deuxième</p>", new DateOnly(2025, 6, 23)), (items[1].Article!.Html, items[1].Article!.Published));
        Assert.Contains("no text and no html", items[2].Rejection, StringComparison.Ordinal);
        Assert.Contains("not an object", items[3].Rejection, StringComparison.Ordinal);
        Assert.Contains("'06/23/2025' in published is not a date", items[4].Rejection, StringComparison.Ordinal);
        Assert.Contains("4,096-byte limit", items[5].Rejection, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", items[6].Rejection, StringComparison.Ordinal);
        Assert.Equal("line 8", items[6].Reference);
    }

    [Theory]
    [InlineData("01/02/2025", "2025-02-01")]
    [InlineData("1/2/2025", "2025-02-01")]
    [InlineData("01.02.2025", "2025-02-01")]
    [InlineData("01-02-2025", "2025-02-01")]
    [InlineData("2025-02-01", "2025-02-01")]
    [InlineData("2025-02-01T23:30:00-05:00", "2025-02-02")]
    [InlineData("1er février 2025", "2025-02-01")]
    [InlineData("1 fevrier 2025", "2025-02-01")]
    [InlineData("jeudi 3 avril 2025", "2025-04-03")]
    [InlineData("3 avr. 2025", "2025-04-03")]
    [InlineData("15 août 1990", "1990-08-15")]
    public async Task A_batch_date_is_read_iso_first_then_day_first_and_never_month_first(string published, string expected)
    {
        var items = await ReadAsync(new JsonlBatchReader(Limits).ReadAsync(Utf8($$"""{"text":"Un article.","published":"{{published}}"}"""), CancellationToken.None));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(items).Article!.Published);
    }

    [Theory]
    [InlineData("0001-01-01", "is in 1, outside 1990 to")]
    [InlineData("9999-12-31", "is in 9999, outside 1990 to")]
    [InlineData("31/12/1989", "is in 1989, outside 1990 to")]
    [InlineData("02/30/2025", "is not a date")]
    [InlineData("31 avrol 2025", "is not a date")]
    [InlineData("2025-13-01", "is not a date")]
    public async Task A_batch_date_that_is_not_a_day_or_outside_1990_to_next_year_rejects_its_item(string published, string reason)
    {
        var items = await ReadAsync(new JsonlBatchReader(Limits).ReadAsync(Utf8($$"""{"text":"Un article.","published":"{{published}}"}"""), CancellationToken.None));

        Assert.Contains(reason, Assert.Single(items).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_or_an_array_where_text_belongs_rejects_the_item_with_the_field_named()
    {
        var jsonl = string.Join('\n',
            """{"title":42,"text":"Un article."}""",
            """{"text":["un","deux"]}""",
            """{"url":{"href":"https://x.example"},"text":"Un article."}""",
            """{"title":null,"text":"Un article."}""");

        var items = await ReadAsync(new JsonlBatchReader(Limits).ReadAsync(Utf8(jsonl), CancellationToken.None));

        Assert.Equal("'title' is a number, not text", items[0].Rejection);
        Assert.Equal("'text' is an array, not text", items[1].Rejection);
        Assert.Equal("'url' is an object, not text", items[2].Rejection);
        Assert.NotNull(items[3].Article);
    }

    [Fact]
    public async Task Jsonl_rejects_a_line_that_is_not_utf8_and_keeps_the_others()
    {
        var bytes = new MemoryStream();
        bytes.Write(Encoding.UTF8.GetBytes("""{"text":"bon"}""" + "\n"));
        bytes.Write(Encoding.Latin1.GetBytes("""{"text":"mauvais été"}""" + "\n"));
        bytes.Write(Encoding.UTF8.GetBytes("""{"text":"bon aussi"}"""));
        bytes.Position = 0;

        var items = await ReadAsync(new JsonlBatchReader(Limits).ReadAsync(bytes, CancellationToken.None));

        Assert.Equal(["bon", null, "bon aussi"], items.Select(i => i.Article?.Text));
        Assert.Contains("not valid UTF-8", items[1].Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_maps_columns_by_name_in_any_order_and_rejects_a_record_missing_a_field()
    {
        var csv = "Text;URL;published;title\n\"Un texte; avec \"\"guillemets\"\"\net retour\";https://c.example/1;2025-04-03;Titre\nseul champ\n\"Autre texte\";https://c.example/2;;\n";

        var items = await ReadAsync(new CsvBatchReader(Limits).ReadAsync(Utf8(csv), CancellationToken.None));

        Assert.Equal(3, items.Count);
        Assert.Equal(new BatchArticle("https://c.example/1", "Titre", null, new DateOnly(2025, 4, 3), "Un texte; avec \"guillemets\"\net retour", null), items[0].Article);
        Assert.Contains("1 field(s) where the header names 4", items[1].Rejection, StringComparison.Ordinal);
        Assert.Equal("Autre texte", items[2].Article?.Text);
    }

    [Fact]
    public async Task A_csv_without_a_text_or_html_column_is_refused_whole_saying_which_columns_it_has()
    {
        var error = await Assert.ThrowsAsync<BatchFileException>(() => ReadAsync(new CsvBatchReader(Limits).ReadAsync(Utf8("url,title\nhttps://x.example,T\n"), CancellationToken.None)));

        Assert.Contains("no 'text' and no 'html' column", error.Message, StringComparison.Ordinal);
        Assert.Contains("'url', 'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_1252_csv_is_read_as_such_and_says_so()
    {
        var reader = new CsvBatchReader(Limits);
        var bytes = new MemoryStream(Charsets.Windows1252.GetBytes("text,title\nLa délégation reçue à Koulouba,Été\n"));

        var items = await ReadAsync(reader.ReadAsync(bytes, CancellationToken.None));

        Assert.Equal(("La délégation reçue à Koulouba", "Été"), (items[0].Article!.Text, items[0].Article!.Title));
        Assert.Contains("Windows-1252", reader.EncodingNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zip_reads_txt_and_html_entries_and_refuses_paths_that_climb_out_other_files_and_bombs()
    {
        using var zip = Zip(
            ("articles/un.txt", Encoding.UTF8.GetBytes("Texte du premier article.")),
            ("articles/deux.html", Encoding.UTF8.GetBytes("<html><body><p>Deuxième</p></body></html>")),
            ("../../etc/evil.txt", Encoding.UTF8.GetBytes("hors du dossier")),
            ("/absolu.txt", Encoding.UTF8.GetBytes("absolu")),
            ("image.png", [0x89, 0x50, 0x4E, 0x47]),
            ("bombe.txt", new byte[4000]),
            ("latin.txt", Charsets.Windows1252.GetBytes("Coopération signée à Bamako")));

        var items = await ReadAsync(new ZipBatchReader(Limits).ReadAsync(zip, CancellationToken.None));

        Assert.Equal("Texte du premier article.", items[0].Article?.Text);
        Assert.Equal("<html><body><p>Deuxième</p></body></html>", items[1].Article?.Html);
        Assert.Contains("climbs out", items[2].Rejection, StringComparison.Ordinal);
        Assert.Contains("climbs out", items[3].Rejection, StringComparison.Ordinal);
        Assert.Contains("only .txt and .html", items[4].Rejection, StringComparison.Ordinal);
        Assert.Contains("zip bomb", items[5].Rejection, StringComparison.Ordinal);
        Assert.Equal("Coopération signée à Bamako", items[6].Article?.Text);
    }

    [Fact]
    public async Task A_zip_that_would_expand_beyond_the_limit_is_refused_whole()
    {
        var limits = new BatchLimits { MaxItemBytes = 1 << 20, MaxZipExpandedBytes = 100_000, MaxCompressionRatio = 100_000 };
        using var zip = Zip(("a.txt", new byte[60_000]), ("b.txt", new byte[60_000]));

        var error = await Assert.ThrowsAsync<BatchFileException>(() => ReadAsync(new ZipBatchReader(limits).ReadAsync(zip, CancellationToken.None)));

        Assert.Contains("zip bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_refused_with_a_reason()
    {
        var error = await Assert.ThrowsAsync<BatchFileException>(() => ReadAsync(new ZipBatchReader(Limits).ReadAsync(Utf8("pas un zip"), CancellationToken.None)));

        Assert.Contains("not a ZIP file", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Zip(params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static async Task<List<BatchItem>> ReadAsync(IAsyncEnumerable<BatchItem> items)
    {
        var list = new List<BatchItem>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
