using System.Text;
using MaliRussiaTracker.Web.Api;

namespace MaliRussiaTracker.Web.Tests.Api;

public class CsvTests
{
    public sealed record Line(string A, string B);

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted()
    {
        var text = Encoding.UTF8.GetString(Csv.Of([new Line("Bamako, Mali", "il a dit \"oui\"\net non")]));

        Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
        Assert.Equal("A,B\r\n\"Bamako, Mali\",\"il a dit \"\"oui\"\"\net non\"\r\n", text.TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+33 1 23")]
    [InlineData("-3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_field_a_spreadsheet_would_read_as_a_formula_starts_with_an_apostrophe(string field)
    {
        var text = Encoding.UTF8.GetString(Csv.Of([new Line(field, "ok")])).TrimStart('\uFEFF');
        var value = text.Split("\r\n", 2)[1];

        Assert.StartsWith("'", value.TrimStart('"'), StringComparison.Ordinal);
        Assert.EndsWith(",ok\r\n", value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_with_a_dash_inside_is_left_as_it_is()
    {
        var text = Encoding.UTF8.GetString(Csv.Of([new Line("Mali-Russie", "2025-04")])).TrimStart('\uFEFF');

        Assert.Equal("A,B\r\nMali-Russie,2025-04\r\n", text);
    }
}
