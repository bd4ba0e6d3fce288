using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>What each line of a generated file is, so the import's results can be checked against it.</summary>
internal enum LineKind
{
    /// <summary>The first telling of a story.</summary>
    Original,

    /// <summary>The same story reworded by another outlet: should join the original's story.</summary>
    NearDuplicate,

    /// <summary>A line seen before, under the same URL with tracking parameters added.</summary>
    SameUrl,

    /// <summary>A line seen before, its text reprinted word for word by another outlet.</summary>
    SameText,

    /// <summary>A line the importer must refuse (no text, or broken JSON).</summary>
    Broken,
}

/// <summary>
/// Writes a JSONL file of generated French articles, chronological over 2023–2025 as a press archive is, a
/// line at a time so the file is never held whole: first tellings of stories, rewordings of recent stories,
/// exact reprints of recent articles (same URL with tracking parameters, or same text elsewhere) and a few
/// broken lines. Beside it, a key file gives each line's kind and story, for checking the clustering.
/// </summary>
internal sealed class ImportCorpusGenerator(int articles, int seed = 2025)
{
    // Shares of lines, in thousandths; the rest are first tellings.
    private const int NearDuplicatePerMille = 150;
    private const int SameUrlPerMille = 50;
    private const int SameTextPerMille = 40;
    private const int BrokenPerMille = 5;

    // Reprints and rewordings follow their original within days, as in the press; older stories are let go.
    private const int RecentKept = 400;

    private static readonly DateOnly FirstDay = new(2023, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    public static string KeyPathFor(string path) => path + ".key";

    public GeneratedCorpus Write(string path)
    {
        var cast = StoryCast.FromStartingWorld();
        var random = new Random(seed);
        var recent = new Queue<Telling>(RecentKept);
        var stories = 0;
        var bytes = 0L;
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var keys = new StreamWriter(KeyPathFor(path), false, new UTF8Encoding(false), 1 << 16);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var line = 1; line <= articles; line++)
        {
            var roll = random.Next(1000);
            Telling telling;
            LineKind kind;
            if (roll < BrokenPerMille)
            {
                WriteBroken(file, json, random, line);
                keys.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{LineKind.Broken} -1"));
                continue;
            }

            if (recent.Count > 0 && roll < BrokenPerMille + NearDuplicatePerMille)
            {
                var earlier = PickRecent(recent, random);
                telling = earlier with { Version = random.Next(1, 1000), Outlet = random.Next(StoryLexicon.Outlets.Length), Id = line };
                kind = LineKind.NearDuplicate;
            }
            else if (recent.Count > 0 && roll < BrokenPerMille + NearDuplicatePerMille + SameUrlPerMille)
            {
                telling = PickRecent(recent, random) with { Tracking = TrackingParameters(random) };
                kind = LineKind.SameUrl;
            }
            else if (recent.Count > 0 && roll < BrokenPerMille + NearDuplicatePerMille + SameUrlPerMille + SameTextPerMille)
            {
                telling = PickRecent(recent, random) with { Outlet = random.Next(StoryLexicon.Outlets.Length), Id = line };
                kind = LineKind.SameText;
            }
            else
            {
                var day = ChronologicalDay(line, random);
                telling = new Telling(++stories, random.Next(), day.DayNumber, 0, random.Next(StoryLexicon.Outlets.Length), line, "");
                kind = LineKind.Original;
            }

            var story = new GeneratedStory(telling.Story, telling.Seed, DateOnly.FromDayNumber(telling.Day), cast);
            var article = story.Write(telling.Version);
            bytes += WriteArticle(file, json, telling, article);
            keys.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} {telling.Story}"));
            if (kind is LineKind.Original or LineKind.NearDuplicate)
            {
                if (recent.Count == RecentKept)
                    recent.Dequeue();
                recent.Enqueue(telling);
            }
        }

        return new GeneratedCorpus(path, articles, stories, new FileInfo(path).Length, bytes);
    }

    private static long WriteArticle(FileStream file, Utf8JsonWriter json, Telling telling, GeneratedArticle article)
    {
        var (outlet, host) = StoryLexicon.Outlets[telling.Outlet];
        var section = StoryLexicon.Sections[telling.Id % StoryLexicon.Sections.Length];
        var url = string.Create(CultureInfo.InvariantCulture,
            $"https://{host}/{section}/{article.Published:yyyy/MM/dd}/mali-russie-cooperation-{telling.Id}{telling.Tracking}");
        json.Reset();
        json.WriteStartObject();
        json.WriteString("url", url);
        json.WriteString("title", article.Title);
        json.WriteString("outlet", outlet);
        json.WriteString("published", article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("text", article.Text);
        json.WriteEndObject();
        json.Flush();
        file.WriteByte((byte)'\n');
        return Encoding.UTF8.GetByteCount(article.Text);
    }

    private static void WriteBroken(FileStream file, Utf8JsonWriter json, Random random, int line)
    {
        if (random.Next(2) == 0)
        {
            json.Reset();
            json.WriteStartObject();
            json.WriteString("url", $"https://www.maliweb.net/actualite/sans-texte-{line}");
            json.WriteString("title", "Une dépêche arrivée sans son texte");
            json.WriteEndObject();
            json.Flush();
        }
        else
        {
            file.Write("{\"url\": \"https://maliactu.net/coupe\", \"text\": \"Une ligne coupée au milieu"u8);
        }

        file.WriteByte((byte)'\n');
    }

    private DateOnly ChronologicalDay(int line, Random random)
    {
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        var day = FirstDay.DayNumber + (int)((long)span * (line - 1) / articles) + random.Next(-2, 3);
        return DateOnly.FromDayNumber(Math.Clamp(day, FirstDay.DayNumber, LastDay.DayNumber));
    }

    private static Telling PickRecent(Queue<Telling> recent, Random random) =>
        recent.ElementAt(recent.Count - 1 - random.Next(Math.Min(recent.Count, RecentKept)));

    private static string TrackingParameters(Random random) => random.Next(3) switch
    {
        0 => "?utm_source=facebook&utm_medium=social",
        1 => "?fbclid=IwAR0" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture),
        _ => "?utm_campaign=newsletter&utm_source=brevo",
    };

    /// <summary>
    /// A line as it can be made again: its story (number, seed, day), which telling (0 the first), which outlet, which URL id
    /// and tracking query.
    /// </summary>
    private sealed record Telling(int Story, int Seed, int Day, int Version, int Outlet, int Id, string Tracking);
}

/// <summary>What was written: lines, distinct stories, file size and article text size.</summary>
internal sealed record GeneratedCorpus(string Path, int Lines, int Stories, long FileBytes, long TextBytes);
