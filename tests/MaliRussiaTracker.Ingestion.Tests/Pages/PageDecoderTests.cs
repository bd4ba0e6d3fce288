using System.Text;
using MaliRussiaTracker.Ingestion.Http;
using MaliRussiaTracker.Ingestion.Pages;

namespace MaliRussiaTracker.Ingestion.Tests.Pages;

public sealed class PageDecoderTests
{
    private const string French = "<p>Les manœuvres de l’armée à Gao : « sécurité » d’abord.</p>";

    [Fact]
    public void Undeclared_valid_utf8_is_read_as_utf8()
    {
        var (html, encoding) = PageDecoder.Decode(Encoding.UTF8.GetBytes(French), null);

        Assert.Equal((French, "utf-8"), (html, encoding.WebName));
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        var (html, encoding) = PageDecoder.Decode(Charsets.Windows1252.GetBytes(French), null);

        Assert.Equal((French, "windows-1252"), (html, encoding.WebName));
    }

    [Fact]
    public void The_header_charset_wins_over_the_meta()
    {
        var page = "<meta charset=\"utf-8\">" + French;

        var (html, encoding) = PageDecoder.Decode(Charsets.Windows1252.GetBytes(page), "windows-1252");

        Assert.Equal((page, "windows-1252"), (html, encoding.WebName));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_wrong_header_and_is_not_kept()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(French)).ToArray();

        var (html, encoding) = PageDecoder.Decode(bytes, "iso-8859-1");

        Assert.Equal((French, "utf-8"), (html, encoding.WebName));
    }

    [Fact]
    public void An_unknown_charset_in_the_header_falls_back_to_the_meta()
    {
        var page = "<meta http-equiv='content-type' content='text/html;charset=windows-1252'>" + French;

        var (html, _) = PageDecoder.Decode(Charsets.Windows1252.GetBytes(page), "x-no-such-charset");

        Assert.Equal(page, html);
    }
}
