using System.Globalization;
using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>Builds a <see cref="StoryFingerprint"/> from an article's folded content and mentions.</summary>
public static class FingerprintBuilder
{
    // Stems this long survive French inflection (« militaires », « militaire ») and rewording's near-synonyms.
    private const int StemLength = 6;
    private const int MinWordLength = 4;
    private const int LeadLength = 700;
    private const int OpeningWords = 10;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "dans", "pour", "avec", "sont", "cette", "leur", "leurs", "plus", "entre", "comme", "depuis", "selon",
        "aussi", "mais", "tout", "tous", "toute", "toutes", "deux", "trois", "ainsi", "notamment", "elle", "elles",
        "nous", "vous", "avait", "avoir", "etre", "sera", "serait", "ont", "sous", "sans", "vers", "lors", "dont",
        "apres", "avant", "encore", "meme", "autre", "autres", "faire", "fait", "bien", "tres", "ceux", "celle",
        "with", "from", "that", "this", "have", "were", "their", "which",
    };

    /// <summary>The fingerprint of an article.</summary>
    public static StoryFingerprint Build(string folded, IReadOnlyList<TextMention> mentions, PartialDate? date, Sentences? sentences = null, IReadOnlyList<Candidate>? candidates = null, string? original = null, IReadOnlyList<DateExpression>? dates = null)
    {
        var signature = new uint[StoryFingerprint.SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        var seen = new HashSet<ulong>();
        var mention = 0;
        foreach (var (start, length) in LetterRuns.Of(folded))
        {
            // Names are compared apart, as names: among the words they would make two reports about the same
            // people look alike whatever they say.
            while (mention < mentions.Count && mentions[mention].End <= start)
                mention++;
            if (mention < mentions.Count && mentions[mention].Start <= start)
                continue;
            if (length < MinWordLength || IsCommon(folded.AsSpan(start, length)))
                continue;
            var stem = folded.AsSpan(start, Math.Min(length, StemLength));
            var hash = Mix(Hash(stem));
            if (!seen.Add(hash))
                continue;
            // Double hashing: the k-th hash function is h1 + k·h2, as good for MinHash as k independent ones.
            var h1 = (uint)hash;
            var h2 = (uint)(hash >> 32) | 1;
            for (var k = 0; k < signature.Length; k++)
            {
                var h = h1 + ((uint)k * h2);
                if (h < signature[k])
                    signature[k] = h;
            }
        }

        var leadEnd = LeadEnd(folded, sentences ?? Sentences.Of(folded));
        var rare = new List<(int Start, string Key)>();
        foreach (var candidate in candidates ?? [])
        {
            if (NewPersonKey(folded, candidate) is { } key)
                rare.Add((candidate.Start, key));
        }

        AddDesignations(folded, rare);
        if (original is not null)
            AddUnknownNames(original, folded, mentions, rare);
        var all = Speakers(mentions, rare, int.MaxValue);
        all.AddRange(DaysOf(dates, date));
        all.AddRange(QuantitiesIn(folded, dates));
        all.AddRange(Happenings.In(folded));
        all.Sort(StringComparer.Ordinal);
        return new StoryFingerprint(signature, all, Speakers(mentions, rare, leadEnd), date);
    }

    /// <summary>
    /// The key a person the gazetteer does not know goes by in a fingerprint: <c>~</c> and the folded surname,
    /// since outlets print the given names differently (« Alexeï », « Alexei », « A. ») or leave them out. A
    /// surname half the country bears (« Traoré ») is keyed with the given name before it, or not at all.
    /// </summary>
    internal static string? NewPersonKey(string folded, Candidate candidate)
    {
        if (candidate.Kind != "person" || candidate.End > folded.Length)
            return null;
        var name = folded.AsSpan(candidate.Start, candidate.End - candidate.Start).TrimEnd();
        var space = name.LastIndexOf(' ');
        return RareNameKey(name[..Math.Max(0, space)], name[(space + 1)..]);
    }

    private static string? RareNameKey(ReadOnlySpan<char> before, ReadOnlySpan<char> surname)
    {
        if (surname.Length < 3)
            return null;
        // Keyed in one spelling of the many a Russian name is transliterated in (« Chevtchenko », « Shevchenko »).
        if (!CommonSurnames.Contains(surname))
            return "~" + Transliteration.Fold(surname);
        before = before.TrimEnd();
        var given = before[(before.LastIndexOf(' ') + 1)..];
        // An initial (« M. Traoré ») does not tell one Traoré from another.
        return given.Length < 3 ? null : string.Concat("~", Transliteration.Fold(given), " ", surname);
    }

    // The title and the opening: the title line and the first sentence of the text. Short lines between them
    // (a date, « Publié le… », a byline, share buttons) are skipped: outlets differ there, not in the news.
    private static int LeadEnd(string folded, Sentences sentences)
    {
        var start = 0;
        var end = 0;
        for (var taken = 0; taken < 2 && start < folded.Length; start = end)
        {
            while (start < folded.Length && char.IsWhiteSpace(folded[start]))
                start++;
            end = sentences.EndOf(start, folded.Length);
            if (end <= start)
                break;
            if (taken == 0 || WordCount(folded.AsSpan(start, end - start)) >= OpeningWords)
                taken++;
        }

        return Math.Min(end, start + LeadLength);
    }

    // A designation mixes letters and digits (« Mi-171Sh », « S-125 », « Su-25 »): the model of a helicopter or a
    // missile is printed the same by every outlet, in any language, and rarely shared by unrelated news.
    private static void AddDesignations(string folded, List<(int Start, string Key)> keys)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i]))
            {
                i++;
                continue;
            }

            var start = i;
            bool letters = false, digits = false;
            while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] == '-' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))))
            {
                letters |= char.IsLetter(folded[i]);
                digits |= char.IsDigit(folded[i]);
                i++;
            }

            if (letters && digits && i - start is >= 3 and <= 16 && char.IsLetter(folded[start]))
                keys.Add((start, string.Concat("#", folded.AsSpan(start, i - start))));
        }
    }

    // Two or more capitalised words in a row that the gazetteer does not cover (« Piotr Sokolov », « General Salifou
    // Mody ») are most often a person not known yet, whatever title the outlet gives or omits: keyed by the last word.
    private static void AddUnknownNames(string original, string folded, IReadOnlyList<TextMention> mentions, List<(int Start, string Key)> keys)
    {
        var titleLines = TitleCaseLines(original, folded.Length);
        HashSet<(int Start, int Length)>? lowerCase = null;
        var run = 0;
        var lastStart = -1;
        var lastLength = 0;
        var previousStart = -1;
        var mention = 0;
        foreach (var (start, length) in LetterRuns.Of(original.AsSpan(0, Math.Min(original.Length, folded.Length))))
        {
            if (!char.IsUpper(original[start]))
            {
                if (run > 0)
                    Flush(folded, run, previousStart, lastStart, lastLength, keys);
                run = 0;
                lastStart = -1;
                continue;
            }

            while (mention < mentions.Count && mentions[mention].End <= start)
                mention++;
            var covered = mention < mentions.Count && mentions[mention].Start <= start;
            var joined = lastStart >= 0 && original.AsSpan(lastStart + lastLength, start - lastStart - lastLength) is " ";
            if (covered || length < 3 || !char.IsLower(original[start + length - 1]) || NotAName(folded.AsSpan(start, length)) || (lowerCase ??= LowerCaseWords(original, folded)).Contains((start, length))
                || titleLines.Exists(l => l.Start <= start && start < l.End))
            {
                Flush(folded, run, previousStart, lastStart, lastLength, keys);
                run = 0;
                lastStart = -1;
                continue;
            }

            if (!joined)
            {
                Flush(folded, run, previousStart, lastStart, lastLength, keys);
                run = 0;
            }

            run++;
            previousStart = lastStart;
            lastStart = start;
            lastLength = length;
        }

        Flush(folded, run, previousStart, lastStart, lastLength, keys);
    }

    // A capitalised word the same text also writes in lower case (« Group », « Air », « Foreign » in an English
    // title) is a common word, not a name. The words written in lower case are gathered in one pass, the first time
    // a capitalised word asks, as places in the text: nothing is copied.
    private static HashSet<(int Start, int Length)> LowerCaseWords(string original, string folded)
    {
        var words = new HashSet<(int Start, int Length)>(new SameWordIn(folded));
        foreach (var (start, length) in LetterRuns.Of(folded.AsSpan(0, Math.Min(folded.Length, original.Length))))
        {
            if (char.IsLower(original[start]))
                words.Add((start, length));
        }

        return words;
    }

    // Two places in one text are the same word when they hold the same letters.
    private sealed class SameWordIn(string text) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            text.AsSpan(x.Start, x.Length).SequenceEqual(text.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) word) => string.GetHashCode(text.AsSpan(word.Start, word.Length), StringComparison.Ordinal);
    }

    // An English headline capitalises every word (« Russian Air Defence System, Trainers Arrive In Niger »): its
    // capitals say nothing of names, and the names in it come again in the text.
    private static List<(int Start, int End)> TitleCaseLines(string original, int length)
    {
        var lines = new List<(int Start, int End)>();
        var lineStart = 0;
        while (lineStart < length)
        {
            var lineEnd = original.IndexOf('\n', lineStart, length - lineStart);
            if (lineEnd < 0)
                lineEnd = length;
            int words = 0, capitalised = 0;
            foreach (var (start, wordLength) in LetterRuns.Of(original.AsSpan(lineStart, lineEnd - lineStart)))
            {
                if (wordLength < 4)
                    continue;
                words++;
                if (char.IsUpper(original[lineStart + start]))
                    capitalised++;
            }

            if (words >= 3 && capitalised * 10 >= words * 7)
                lines.Add((lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }

        return lines;
    }

    private static void Flush(string folded, int run, int previousStart, int lastStart, int lastLength, List<(int Start, string Key)> keys)
    {
        if (run >= 2 && previousStart >= 0 && RareNameKey(folded.AsSpan(previousStart, lastStart - previousStart), folded.AsSpan(lastStart, lastLength)) is { } key)
            keys.Add((lastStart, key));
        // One capitalised word inside a sentence that the gazetteer does not know (« Tinzaouaten », « Yadran »,
        // « Akinci »): a place, a company or a weapon that every outlet, in any language, prints the same way.
        else if (run == 1 && lastLength >= MinProperNounLength && !OpensASentence(folded, lastStart))
            keys.Add((lastStart, "^" + Transliteration.Fold(folded.AsSpan(lastStart, lastLength))));
    }

    private const int MinProperNounLength = 5;

    private static bool OpensASentence(string folded, int start)
    {
        var i = start - 1;
        while (i >= 0 && folded[i] is ' ' or '\u00A0' or '\t')
            i--;
        return i < 0 || folded[i] is '.' or '!' or '?' or '\n' or ':' or '«' or '"' or '“' or '(' or '-' or '–' or '—' or ';';
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "les", "des", "une", "cette", "ces", "son", "sur", "pour", "dans", "avec", "the", "this", "that", "and",
        "publie", "par", "lire", "aussi", "partager",
        // Capitalised words of institutions and regions, not names of people.
        "states", "state", "african", "africa", "afrique", "minister", "ministre", "community", "international",
        "internationale", "nations", "union", "republique", "republic", "president", "general", "reporter",
        "socialistes", "etat", "etats", "conseil", "council", "securite", "security", "defense", "defence", "forces",
        "affaires", "etrangeres", "cooperation", "transition", "federation",
        // Months and weekdays are capitalised in English.
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool NotAName(ReadOnlySpan<char> word) => NotNames.Contains(word);

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var _ in LetterRuns.Of(text))
            words++;
        return words;
    }

    // The days of the month the text prints (« =04-10 » for « mercredi 10 avril », with or without its year), its own
    // day and the weekday of its news (« =w1 », Monday): a day two reports give ties an undated one to the other's news,
    // as names rarely do.
    private static HashSet<string> DaysOf(IReadOnlyList<DateExpression>? dates, PartialDate? date)
    {
        var days = new HashSet<string>(StringComparer.Ordinal);
        if (date is { Precision: DatePrecision.Day } own)
            days.Add(DayKey(own.Earliest.Month, own.Earliest.Day));
        var weekdayKept = false;
        foreach (var expression in dates ?? [])
        {
            // The first bare weekday a report gives its news (« a reçu ce lundi », « hier, mercredi »), unless it looks
            // ahead: with no date printed, it is the one thing that says which day of a dated story it tells.
            if (!weekdayKept && expression.From is { Weekday: { } weekday, Month: null, Day: null } named && named.Direction != DateDirection.Future)
            {
                days.Add(string.Create(CultureInfo.InvariantCulture, $"=w{(int)weekday}"));
                weekdayKept = true;
            }

            // A range's first day too (« du 22 au 26 juin »: its month is often printed at its end only).
            if (expression.From is { Day: { } day, FromPrevious: false } && (expression.From.Month ?? expression.To?.Month) is { } month)
                days.Add(DayKey(month, day));
            // And the years it prints (« =2023 »): an undated report's news is at or just after the latest of them.
            if (expression.From.Year is { } year && expression.From.IsAbsolute)
                days.Add(string.Create(CultureInfo.InvariantCulture, $"={year}"));
            if (expression.To?.Year is { } toYear && expression.To.IsAbsolute)
                days.Add(string.Create(CultureInfo.InvariantCulture, $"={toYear}"));
        }

        return days;
    }

    // The quantities the text prints (« =n25000 » for « 25 000 tonnes », « 25.000 », « 25,000 tons »): every outlet, in any
    // language, gives the same figures of one happening, and unrelated news rarely gives the same. Days, years, times
    // (« 14h00 ») and decimals are not quantities of the news; numbers under 10 are too common to tell anything.
    private static HashSet<string> QuantitiesIn(string folded, IReadOnlyList<DateExpression>? dates)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsAsciiDigit(folded[i]) || (i > 0 && (char.IsLetterOrDigit(folded[i - 1]) || folded[i - 1] == '-')))
            {
                i++;
                continue;
            }

            var start = i;
            long value = 0;
            var grouped = false;
            while (i < folded.Length && char.IsAsciiDigit(folded[i]) && value < MaxQuantity)
                value = (value * 10) + (folded[i++] - '0');
            // Thousands in groups of three: « 25 000 », « 25.000 », « 25,000 ».
            while (i < folded.Length && folded[i] is ' ' or '\u00A0' or '\u202F' or '.' or ',' && ThreeDigits(folded, i + 1) && value < MaxQuantity)
            {
                value = (value * 1000) + ((folded[i + 1] - '0') * 100) + ((folded[i + 2] - '0') * 10) + (folded[i + 3] - '0');
                grouped = true;
                i += 4;
            }

            var end = i;
            // A decimal (« 2,75 milliards »), a time (« 14h30 », « 14:30 ») or a code glued to letters: its digits are skipped whole.
            if (end < folded.Length && (folded[end] == ':' || (char.IsLetterOrDigit(folded[end]) && folded[end] != 'h')
                || (folded[end] is 'h' or '.' or ',' && end + 1 < folded.Length && char.IsAsciiDigit(folded[end + 1]))))
            {
                while (i < folded.Length && (char.IsLetterOrDigit(folded[i]) || (folded[i] is '.' or ',' or ':' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))))
                    i++;
                continue;
            }

            if (value < MinQuantity || (!grouped && end - start == 4 && value is >= 1900 and <= 2100) || InADate(dates, start))
                continue;
            keys.Add(string.Create(CultureInfo.InvariantCulture, $"=n{value}"));
        }

        return keys;
    }

    private const long MinQuantity = 10;
    private const long MaxQuantity = 1_000_000_000_000;

    private static bool ThreeDigits(string text, int at) =>
        at + 3 <= text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]) && char.IsAsciiDigit(text[at + 2])
        && (at + 3 == text.Length || !char.IsAsciiDigit(text[at + 3]));

    private static bool InADate(IReadOnlyList<DateExpression>? dates, int position)
    {
        foreach (var expression in dates ?? [])
        {
            if (expression.Start <= position && position < expression.End)
                return true;
        }

        return false;
    }

    private static string DayKey(int month, int day) => string.Create(CultureInfo.InvariantCulture, $"={month:00}-{day:00}");

    private static List<string> Speakers(IReadOnlyList<TextMention> mentions, List<(int Start, string Key)> rare, int before)
    {
        var keys = new List<string>();
        foreach (var mention in mentions)
        {
            if (mention.CanSpeak && mention.Start < before)
                keys.Add(mention.Slug);
            // Places say where it happened: kept apart (« @niamey »), for the whole text only. States are not: Mali and
            // Russia are in every report of the field.
            else if (mention.ActorKind is null && before == int.MaxValue)
                keys.Add("@" + mention.Slug);
        }

        foreach (var (start, key) in rare)
        {
            if (start < before)
                keys.Add(key);
        }

        return keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCommon(ReadOnlySpan<char> word) => CommonLookup.Contains(word);

    // FNV-1a: stable across runs and machines, unlike string.GetHashCode, so stored fingerprints stay comparable.
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
