using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Ingestion.Reasons;

/// <summary>
/// One kind of message an import writes about an item or a file, under a stable key: stored and logged in its
/// English words (what the command line and the logs print), and read back from those words by the pages, which
/// show it in their own language (<c>ImportReason.{Key}</c> in the web's resources).
/// </summary>
public sealed partial class ReasonTemplate
{
    private readonly Regex _pattern;

    internal ReasonTemplate(string key, string english)
    {
        Key = key;
        English = english;
        _pattern = PatternOf(english);
    }

    public string Key { get; }

    /// <summary>A composite format string (<c>{0}</c>, <c>{1:N0}</c>) read with the invariant culture.</summary>
    public string English { get; }

    public string Format(params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, English, arguments);

    /// <summary>The arguments a message written by this template was made with, as the text shows them.</summary>
    public bool TryRead(string message, out string[] arguments)
    {
        var match = _pattern.Match(message);
        arguments = match.Success ? [.. match.Groups.Cast<Group>().Skip(1).OrderBy(g => g.Name, StringComparer.Ordinal).Select(g => g.Value)] : [];
        return match.Success;
    }

    // The template's words taken literally, each placeholder any text: a message's own words decide what it was.
    private static Regex PatternOf(string english)
    {
        var pattern = new StringBuilder("^");
        var last = 0;
        foreach (Match placeholder in Placeholder().Matches(english))
        {
            pattern.Append(Regex.Escape(english[last..placeholder.Index].Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal)));
            // A count (N0) or a whole number (D) is digits, so « line {0:D} » cannot read « line 3 was eaten ».
            var any = placeholder.Groups[2].Value switch { ":N0" => @"\d{1,3}(?:,\d{3})*", ":D" => @"\d+", _ => ".*?" };
            pattern.Append("(?<a").Append(placeholder.Groups[1].Value).Append('>').Append(any).Append(')');
            last = placeholder.Index + placeholder.Length;
        }

        pattern.Append(Regex.Escape(english[last..])).Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(:[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
