using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Ingestion.Reasons;
using MaliRussiaTracker.Web.Resources;

namespace MaliRussiaTracker.Web.Tests.Localization;

/// <summary>Every word a page asks the resources for is there in both languages, with the same blanks to fill.</summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly ResourceManager Resources = new(typeof(Strings));
    private static readonly Dictionary<string, string> French = Entries(CultureInfo.InvariantCulture);
    private static readonly Dictionary<string, string> English = Entries(CultureInfo.GetCultureInfo("en"));

    [Fact]
    public void Every_key_a_page_or_component_names_is_in_the_french_and_the_english_resources()
    {
        var (literal, prefixes) = KeysNamedInSource();

        Assert.NotEmpty(literal);
        Assert.Empty(literal.Where(k => !French.ContainsKey(k) || !English.ContainsKey(k)).Order(StringComparer.Ordinal));
        // A key built from a value (« ImportBatchStatus.{batch.Status} ») has at least its family in both.
        Assert.DoesNotContain(prefixes, p => !French.Keys.Any(k => k.StartsWith(p, StringComparison.Ordinal)) || !English.Keys.Any(k => k.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_text_has_the_same_blanks_in_both_languages()
    {
        var differing = French.Where(f => English.TryGetValue(f.Key, out var english) && !Blanks(f.Value).SetEquals(Blanks(english))).Select(f => f.Key);

        Assert.Empty(differing);
    }

    [Fact]
    public void Every_import_message_and_every_state_and_outcome_has_its_words_in_both_languages()
    {
        string[] keys =
        [
            .. ImportReasons.All.Select(t => $"ImportReason.{t.Key}"),
            .. Enum.GetNames<MaliRussiaTracker.Core.Domain.ImportBatchStatus>().Select(n => $"ImportBatchStatus.{n}"),
            .. Enum.GetNames<MaliRussiaTracker.Core.Domain.ImportOutcome>().Select(n => $"ImportOutcome.{n}"),
        ];

        Assert.DoesNotContain(keys, k => !French.ContainsKey(k) || !English.ContainsKey(k));
        Assert.All(ImportReasons.All, t => Assert.True(Blanks(French[$"ImportReason.{t.Key}"]).SetEquals(Blanks(t.English)), t.Key));
    }

    // The keys written as L["…"] (or L[$"Prefix.{…}"]) in the web project's components and code.
    private static (HashSet<string> Literal, HashSet<string> Prefixes) KeysNamedInSource()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MaliRussiaTracker.sln")))
            folder = folder.Parent;
        Assert.NotNull(folder);
        var web = Path.Combine(folder.FullName, "src", "MaliRussiaTracker.Web");
        var sources = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var (literal, prefixes) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var source in sources.Select(File.ReadAllText).ToList())
        {
            foreach (Match match in NamedKey().Matches(source))
            {
                if (match.Groups["interpolated"].Success)
                    prefixes.Add(match.Groups["key"].Value);
                else
                    literal.Add(match.Groups["key"].Value);
            }

            // A count's words: one form and the other, in each language.
            foreach (Match match in PluralKey().Matches(source))
                literal.UnionWith([$"{match.Groups["key"].Value}.One", $"{match.Groups["key"].Value}.Other"]);
        }

        return (literal, prefixes);
    }

    private static HashSet<string> Blanks(string text) => [.. Blank().Matches(text).Select(m => m.Groups[1].Value)];

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [GeneratedRegex(@"\bL\[(?<interpolated>\$)?""(?<key>[A-Za-z][A-Za-z0-9]*\.[A-Za-z0-9.]*?)(?:""|\{)")]
    private static partial Regex NamedKey();

    [GeneratedRegex(@"\bL\.Plural\(""(?<key>[A-Za-z][A-Za-z0-9.]*)""")]
    private static partial Regex PluralKey();

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Blank();
}
