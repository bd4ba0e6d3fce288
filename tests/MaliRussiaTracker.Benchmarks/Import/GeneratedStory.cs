using System.Globalization;
using System.Text;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// One news story: its day, the people and organisation in it, and the few subjects, verbs, circumstances,
/// quotes and local names its articles are written with. Everything follows from its seed, so a later
/// telling of the story (a reprint, a rewording) is made again from the seed rather than kept in memory.
/// </summary>
internal sealed class GeneratedStory
{
    private const int SentenceShapes = 8;

    private readonly int[] _shapes;
    private readonly string[] _subjects;
    private readonly (string Plain, string Reworded)[] _verbs;
    private readonly string[] _circumstances;
    private readonly string[] _quotes;
    private readonly string[] _localities;
    private readonly string[] _people;
    private readonly string _organisation;
    private readonly string _place;
    private readonly string _official;
    private readonly string[] _witnesses;
    private readonly string _city;
    private readonly string[] _dates;
    private readonly int _seed;

    public GeneratedStory(int number, int seed, DateOnly day, StoryCast cast)
    {
        Number = number;
        Day = day;
        _seed = seed;
        var random = new Random(seed);
        // Half the sentence shapes only: their fixed words would otherwise make every story look alike.
        _shapes = Draw(random, Enumerable.Range(0, SentenceShapes).ToArray(), SentenceShapes / 2);
        _subjects = Draw(random, StoryLexicon.Subjects, 4);
        _verbs = Draw(random, StoryLexicon.Verbs, 4);
        _circumstances = Draw(random, StoryLexicon.Circumstances, 3);
        _quotes = Draw(random, StoryLexicon.Quotes, 2);
        _localities = [Locality(random), Locality(random)];
        _people = Draw(random, cast.People, 3);
        _organisation = cast.Organisations[random.Next(cast.Organisations.Count)];
        _place = cast.Places[random.Next(cast.Places.Count)];
        _official = $"{Pick(random, StoryLexicon.Ranks)} {Pick(random, StoryLexicon.FirstNames)} {Pick(random, StoryLexicon.LastNames)}";
        // Someone named in the background only, as real articles name who dealt with the matter before.
        _witnesses = Draw(random, cast.People.Except(_people).ToList(), 2);
        _city = cast.Places[random.Next(cast.Places.Count)];
        _dates = [.. Enumerable.Range(0, 3).Select(_ => EarlierDate(random, day))];
        TargetBytes = random.Next(2_000, 15_000);
    }

    public int Number { get; }

    public DateOnly Day { get; }

    /// <summary>How long its articles are, about: 2 to 15 KB.</summary>
    public int TargetBytes { get; }

    /// <summary>
    /// The article of telling <paramref name="telling"/>: telling 0 is the first; later ones reword it (other
    /// verbs, other sentence order, another title) and may come out a day or two later.
    /// </summary>
    public GeneratedArticle Write(int telling)
    {
        var reworded = telling > 0;
        var random = new Random(HashCode.Combine(_seed, telling));
        var published = Day.AddDays(reworded ? random.Next(0, 3) : 0);
        var title = reworded
            ? $"{Cap(_localities[0])} : {_people[0]} {Verb(random, true)} {_subjects[1]}"
            : $"Mali–Russie : {_subjects[0]}";
        var text = new StringBuilder(TargetBytes + 512);
        text.Append(title).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Publié le {StoryLexicon.Weekdays[(int)published.DayOfWeek]} {published.Day} {StoryLexicon.Months[published.Month - 1]} {published.Year} à {random.Next(6, 22):00}:{random.Next(60):00}\n\n");
        // Every telling names the whole cast up front: with a world of a few dozen actors, a story is known by
        // its cast as much as by its words, and a cast named only by chance would blur the stories together.
        text.Append(reworded
            ? $"{Cap(_organisation)} suit de près le dossier, sur lequel {_people[2]}, {_people[0]} et {_people[1]} se sont exprimés.\n\n"
            : $"{Cap(_people[0])}, {_people[1]} et {_people[2]} sont au cœur de ce dossier, que suit {_organisation}.\n\n");
        // Subjects taken in turn, so even a short telling names all of them and its words match the others'.
        var sentence = random.Next(_subjects.Length);
        // As many quotes and dates as the seed articles carry (about two quotes and four dates an article, more in
        // long ones), whatever the length: counted, not left to how often their sentence shapes come up.
        var budget = new Budget { Quotes = random.Next(1, 4) + (TargetBytes > 8_000 ? 1 : 0), Dates = random.Next(2, 5) + (TargetBytes > 8_000 ? 1 : 0) };
        // Sizes are in bytes of UTF-8, as the 2-15 KB promise and the file's limits are.
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        while (bytes < TargetBytes)
        {
            var inParagraph = random.Next(2, 6);
            for (var s = 0; s < inParagraph; s++, sentence++)
            {
                var written = Sentence(random, _subjects[sentence % _subjects.Length], reworded, budget);
                text.Append(written).Append(s + 1 < inParagraph ? " " : "\n\n");
                bytes += Encoding.UTF8.GetByteCount(written) + 1;
            }
        }

        return new GeneratedArticle(title, published, text.ToString().TrimEnd());
    }

    private string Sentence(Random random, string subject, bool reworded, Budget budget)
    {
        // A dated sentence now and then, while the article's share lasts; its dates belong to the story, so every
        // telling gives the same ones.
        if (budget.Dates > 0 && random.Next(10) == 0)
        {
            budget.Dates--;
            return random.Next(3) switch
            {
                0 => $"{Cap(_witnesses[0])} avait déjà abordé {subject} avec {_witnesses[1]} {Pick(random, _dates)}, à {_city}.",
                1 => $"Le dossier remonte {Pick(random, _dates)}, lorsque {_organisation} s'en était saisi.",
                _ => $"{Cap(Pick(random, _dates))}, {Person(random)} avait reçu {_official} pour évoquer {subject}.",
            };
        }

        var shape = Pick(random, _shapes);
        if (shape is 2 or 7)
        {
            if (budget.Quotes == 0)
                return $"{Cap(Person(random))} a dit vouloir avancer sur {subject}, {Pick(random, _circumstances)}.";
            budget.Quotes--;
        }

        return shape switch
        {
            0 => $"{Cap(Person(random))} {Verb(random, reworded)} {subject} {Pick(random, _circumstances)}.",
            1 => $"Selon {_official}, {subject} concerne directement la localité de {Cap(Pick(random, _localities))}.",
            2 => $"« {Pick(random, _quotes)} », a déclaré {Person(random)} à propos de {subject}.",
            3 => $"{Cap(_organisation)} {Verb(random, reworded)} à son tour {subject}, {Pick(random, _circumstances)}.",
            4 => $"À {Cap(Pick(random, _localities))}, non loin de {_place}, les habitants suivent de près {subject}.",
            5 => $"D'un montant de {random.Next(2, 90)} milliards de francs CFA, le dossier touche à {subject}, a rappelé {_official}.",
            6 => $"{Cap(_people[random.Next(2)])} et {_people[2]} ont longuement échangé sur {subject} {Pick(random, _circumstances)}.",
            _ => $"Pour {_official}, {subject} reste une priorité : « {Pick(random, _quotes)} ».",
        };
    }

    // A date before the story's day, in one of the shapes the press prints.
    private static string EarlierDate(Random random, DateOnly day)
    {
        var earlier = day.AddDays(-random.Next(20, 700));
        var month = StoryLexicon.Months[earlier.Month - 1];
        return random.Next(4) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"le {earlier.Day} {month} {earlier.Year}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"en {month} {earlier.Year}"),
            2 => string.Create(CultureInfo.InvariantCulture, $"depuis {earlier.Year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"début {month} {earlier.Year}"),
        };
    }

    /// <summary>The quotes and dated sentences an article has left to write.</summary>
    private sealed class Budget
    {
        public int Quotes { get; set; }

        public int Dates { get; set; }
    }

    private string Person(Random random) => Pick(random, _people);

    private string Verb(Random random, bool reworded)
    {
        var verb = Pick(random, _verbs);
        return reworded && random.Next(3) > 0 ? verb.Reworded : verb.Plain;
    }

    private static string Locality(Random random)
    {
        var name = new StringBuilder();
        for (var i = random.Next(2, 4); i > 0; i--)
            name.Append(Pick(random, StoryLexicon.Syllables));
        return name.Append(Pick(random, StoryLexicon.LocalitySuffixes)).ToString();
    }

    private static T[] Draw<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var drawn = new List<T>(count);
        while (drawn.Count < count)
        {
            var item = items[random.Next(items.Count)];
            if (!drawn.Contains(item))
                drawn.Add(item);
        }

        return [.. drawn];
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Cap(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>A telling of a story as an outlet prints it.</summary>
internal sealed record GeneratedArticle(string Title, DateOnly Published, string Text);
