using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Tests.Analysis;

/// <summary>
/// A port of shared/eval/score.py: precision, recall and F1 per field, accuracy for the exact fields, and
/// whether furniture was read as content. Reads the gold files and the engine's JSON lines.
/// </summary>
public sealed partial class SeedScorer
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = [];
    private readonly Dictionary<string, (int Right, int Total)> _exact = [];

    public List<string> Violations { get; } = [];

    public List<string> Missing { get; } = [];

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();

    /// <summary>The summary line's values: F1 per field, accuracy per exact field, furniture 1 or 0.</summary>
    public Dictionary<string, double> Summary { get; } = [];

    public static SeedScorer Score(IReadOnlyList<JsonElement> gold, IReadOnlyList<JsonElement> output)
    {
        var scorer = new SeedScorer();
        scorer.Run(gold, output);
        return scorer;
    }

    private void Run(IReadOnlyList<JsonElement> goldList, IReadOnlyList<JsonElement> outputList)
    {
        var gold = goldList.ToDictionary(g => Path.GetFileName(g.GetProperty("file").GetString()!), StringComparer.Ordinal);
        var output = outputList.ToDictionary(o => Path.GetFileName(Str(o, "file") ?? ""), StringComparer.Ordinal);
        foreach (var field in new[] { "actors", "places", "events", "agreements", "dates", "quotes", "speakers" })
            _counts[field] = (0, 0, 0);
        foreach (var field in new[] { "published", "main_date", "relevant", "language" })
            _exact[field] = (0, 0);

        foreach (var (name, g) in gold.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!output.TryGetValue(name, out var o))
            {
                Missing.Add(name);
                o = JsonDocument.Parse("{}").RootElement;
            }

            var relevant = !g.TryGetProperty("relevant", out var rel) || rel.GetBoolean();
            foreach (var field in new[] { "actors", "places", "events", "agreements" })
            {
                if (relevant || field == "actors")
                    Add(field, Strings(g, field), Strings(o, field));
            }

            var goldDates = Array(g, "dated_facts").Select(f => (Str(f, "date") ?? "").Trim()).ToHashSet(StringComparer.Ordinal);
            var outDates = Array(o, "dated_facts").Select(f => (f.ValueKind == JsonValueKind.Object ? Str(f, "date") ?? "" : f.GetString() ?? "").Trim()).ToHashSet(StringComparer.Ordinal);
            var allowed = new HashSet<string>(goldDates, StringComparer.Ordinal) { Str(g, "published") ?? "", Str(g, "main_date") ?? "" };
            var dates = _counts["dates"];
            _counts["dates"] = (dates.Tp + goldDates.Intersect(outDates).Count(), dates.Fp + outDates.Except(allowed).Count(), dates.Fn + goldDates.Except(outDates).Count());

            var outQuotes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var q in Array(o, "quotes").Where(q => Norm(Str(q, "text")).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3))
                outQuotes[Words(Str(q, "text"), 5)] = q;
            var goldQuotes = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var q in Array(g, "quotes"))
                goldQuotes[Words(Str(q, "text"), 5)] = q;
            Add("quotes", goldQuotes.Keys, outQuotes.Keys);
            foreach (var (key, q) in goldQuotes)
            {
                var speakers = _counts["speakers"];
                if (!outQuotes.TryGetValue(key, out var said))
                {
                    _counts["speakers"] = (speakers.Tp, speakers.Fp, speakers.Fn + 1);
                    continue;
                }

                var saidSpeaker = Str(said, "speaker");
                var right = new HashSet<string?> { Str(q, "speaker"), Str(q, "speaker_also_right") };
                right.Remove(null);
                if (right.Count == 0)
                    right.Add(null);
                if (right.Contains(saidSpeaker) || (Str(q, "speaker") is null && saidSpeaker is null))
                    _counts["speakers"] = (speakers.Tp + 1, speakers.Fp, speakers.Fn);
                else
                    _counts["speakers"] = (speakers.Tp, speakers.Fp + (saidSpeaker is null ? 0 : 1), speakers.Fn + 1);
            }

            foreach (var field in _exact.Keys.ToList())
            {
                if (!g.TryGetProperty(field, out var want))
                    continue;
                var (rightCount, total) = _exact[field];
                total++;
                if (o.ValueKind == JsonValueKind.Object && o.TryGetProperty(field, out var got) && SameExact(want, got))
                    rightCount++;
                _exact[field] = (rightCount, total);
            }

            if (g.TryGetProperty("must_not_extract", out var mne))
            {
                var bad = Strings(mne, "dates").Intersect(outDates).Concat(Strings(mne, "actors").Intersect(Strings(o, "actors"))).ToList();
                if (bad.Count > 0)
                    Violations.Add($"{name}: {string.Join(", ", bad)}");
            }
        }

        var names = gold.Keys.Order(StringComparer.Ordinal).ToList();
        var goldPairs = new HashSet<string>(StringComparer.Ordinal);
        var outPairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (a, b) = (names[i], names[j]);
                if (Str(gold[a], "story") is { } sa && sa == Str(gold[b], "story"))
                    goldPairs.Add(a + "|" + b);
                if (output.TryGetValue(a, out var oa) && output.TryGetValue(b, out var ob) && Str(oa, "story") is { } oas && oas == Str(ob, "story"))
                    outPairs.Add(a + "|" + b);
            }
        }

        _counts["stories"] = (0, 0, 0);
        Add("stories", goldPairs, outPairs);

        foreach (var (field, (tp, fp, fn)) in _counts)
        {
            var p = tp + fp > 0 ? (double)tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
            var r = tp + fn > 0 ? (double)tp / (tp + fn) : 1.0;
            Summary[field] = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        }

        foreach (var (field, (right, total)) in _exact)
            Summary[field] = total == 0 ? 1.0 : (double)right / total;
        Summary["furniture"] = Violations.Count == 0 ? 1.0 : 0.0;
    }

    public string Line() => string.Join(' ', Summary.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value:0.00}")));

    private void Add(string field, IEnumerable<string> gold, IEnumerable<string> predicted)
    {
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var p = predicted.ToHashSet(StringComparer.Ordinal);
        var (tp, fp, fn) = _counts[field];
        _counts[field] = (tp + g.Intersect(p).Count(), fp + p.Except(g).Count(), fn + g.Except(p).Count());
    }

    private static bool SameExact(JsonElement want, JsonElement got)
    {
        if (want.ValueKind == JsonValueKind.String && got.ValueKind == JsonValueKind.String)
        {
            var w = want.GetString()!;
            var o = got.GetString()!;
            return (o.Length > w.Length ? o[..w.Length] : o) == w;
        }

        return want.ValueKind == got.ValueKind && want.ToString() == got.ToString();
    }

    private static string Norm(string? text)
    {
        var s = (text ?? "").Replace('’', '\'').Replace('‘', '\'').Normalize(NormalizationForm.FormKD);
        var ascii = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c < 128)
                ascii.Append(char.ToLowerInvariant(c));
        }

        return NonAlphanumeric().Replace(ascii.ToString(), " ").Trim();
    }

    private static string Words(string? text, int count) => string.Join(' ', Norm(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        Array(element, name).Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : Str(v, "slug") ?? Str(v, "key") ?? "");
}
