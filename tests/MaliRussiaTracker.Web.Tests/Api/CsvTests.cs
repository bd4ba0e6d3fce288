using System.Text;
using MaliRussiaTracker.Web.Api;

namespace MaliRussiaTracker.Web.Tests.Api;

public class CsvTests
{
    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_formulas_stay_text()
    {
        var bytes = Csv.Of(["a", "b"], [["Bamako, Mali", "il a dit \"oui\"\net non"], ["=HYPERLINK(\"x\")", "-3"]]);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
        Assert.Equal("a,b\r\n\"Bamako, Mali\",\"il a dit \"\"oui\"\"\net non\"\r\n\"'=HYPERLINK(\"\"x\"\")\",'-3\r\n", text.TrimStart('\uFEFF'));
    }
}
