using System.Text.RegularExpressions;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Tests.Reasons;

public sealed partial class ImportReasonsTests
{
    public static TheoryData<string> Keys => [.. ImportReasons.All.Select(t => t.Key)];

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_message_is_read_back_into_the_template_that_wrote_it_with_its_arguments(string key)
    {
        var template = ImportReasons.All.Single(t => t.Key == key);
        var formats = Placeholder().Matches(template.English).DistinctBy(m => m.Groups[1].Value).OrderBy(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Select(m => m.Groups[2].Value).ToList();
        // Arguments as a message holds them: a count with its thousands, a whole number, a URL with its own brackets.
        object[] values = [.. formats.Select(f => f switch { ":N0" => (object)3021L, ":D" => 42, _ => "https://x.example/a (b)" })];
        string[] arguments = [.. formats.Select(f => f switch { ":N0" => "3,021", ":D" => "42", _ => "https://x.example/a (b)" })];

        var read = ImportReasons.Read(template.Format(values));

        Assert.NotNull(read);
        Assert.Equal(key, read.Value.Template.Key);
        Assert.Equal(arguments, read.Value.Arguments);
    }

    [Fact]
    public void A_message_no_template_wrote_is_not_read_as_one()
    {
        Assert.Null(ImportReasons.Read("line 3 was eaten by a grue"));
        Assert.Null(ImportReasons.Read("the file is empty, or so it seems"));
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
