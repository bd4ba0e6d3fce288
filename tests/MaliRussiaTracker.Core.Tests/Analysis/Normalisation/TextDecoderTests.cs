using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Tests.Analysis.Normalisation;

public class TextDecoderTests
{
    private const string French = "Le général a reçu la délégation à Ségou, où l'été s'achève.";

    [Fact]
    public void Reads_utf8_without_a_byte_order_mark()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(French));

        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_and_drops_the_mark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(French)]);

        Assert.Equal(French, decoded.Text);
        Assert.Equal("utf-8-bom", decoded.Encoding);
    }

    [Fact]
    public void Falls_back_to_windows_1252_when_the_bytes_are_not_utf8()
    {
        // « é » is 0xE9 and the right quotation mark 0x92 in Windows-1252; neither is valid UTF-8 there.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Le g"), 0xE9, .. Encoding.ASCII.GetBytes("n"), 0xE9, .. Encoding.ASCII.GetBytes("ral l"), 0x92, .. Encoding.ASCII.GetBytes("a dit.")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("Le général l’a dit.", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void Refuses_an_empty_file_with_a_message()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.False(decoded.Succeeded);
        Assert.Contains("empty", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_binary_file_with_a_message()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var decoded = TextDecoder.Decode(png);

        Assert.Contains("binary", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_50_megabyte_file_over_the_default_limit()
    {
        var bytes = new byte[50 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');

        var decoded = TextDecoder.Decode(bytes);

        Assert.Contains("50 MB", decoded.Error, StringComparison.Ordinal);
        Assert.Contains("limit", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(French), new DecodingOptions { MaxBytes = 10 });

        Assert.Contains("limit", decoded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_broken_utf8_rather_than_showing_it_as_windows_1252_mojibake()
    {
        // Valid UTF-8 accents, then a truncated sequence: read as 1252 it would show « Ã© » everywhere.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Les élèves étudient à Kayes. "), 0xC3, .. Encoding.ASCII.GetBytes(" fin")];

        var decoded = TextDecoder.Decode(bytes);

        Assert.False(decoded.Succeeded);
        Assert.Contains("not valid UTF-8", decoded.Error, StringComparison.Ordinal);
    }
}
