using System.Globalization;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>
/// What an article is about, compact enough to store beside it and compare with a new article one at a
/// time: a MinHash signature of its folded content-word stems (so a rewording still shares most stems),
/// the people and organisations it names, those its opening names (what it is about), and its own date where
/// it prints one. Beside slugs, the name lists hold rare names the gazetteer does not know: <c>~surname</c> for
/// a person not known yet, <c>#designation</c> for a weapon's model (« #mi-171sh »), <c>@place</c> for a known place
/// and <c>=MM-DD</c> for a day of the month the text prints; the stored form is unchanged.
/// </summary>
public sealed class StoryFingerprint
{
    /// <summary>Articles at least this similar tell one story.</summary>
    public const double SameStoryThreshold = 0.45;

    internal const int SignatureLength = 64;
    private const double RareNameWeight = 0.15;
    private const double WordsForNames = 0.15;

    // Articles dated within days of each other: the shared share of the shorter cast, and of the openings' casts.
    private const double CastWeight = 0.5;
    private const double LeadCastWeight = 0.3;

    // Near-dated articles that tell the same kinds of happening in the same states and places.
    private const double PlaceWeight = 0.1;
    private const double KindWeight = 0.1;

    // Near-dated articles with the same cast that tell different kinds of happening.
    private const double OtherHappenings = 0.25;

    // Shared people and organisations that tie an undated article to a story without a rare name.
    private const int UndatedCast = 3;
    private const string Version = "v5";

    internal StoryFingerprint(uint[] signature, IReadOnlyList<string> actors, IReadOnlyList<string> leadActors, PartialDate? date)
    {
        Signature = signature;
        Actors = actors;
        LeadActors = leadActors;
        Date = date;
        _unknownPeople = actors.Count(a => a[0] == '~');
        _cast = actors.Count(a => a[0] is not ('^' or '!' or '@' or '='));
        _leadCast = leadActors.Count(a => a[0] is not ('^' or '!' or '@' or '='));
        _kinds = actors.Count(a => a[0] == '!');
        LatestYear = LatestYearIn(actors);
        Weekday = WeekdayIn(actors);
    }

    // The people and organisations named, without the single proper nouns (« ^tinzaouaten ») and the kinds of
    // happening (« !visit »), which are evidence of another sort.
    private readonly int _cast;
    private readonly int _leadCast;
    private readonly int _kinds;

    // The latest year the text prints: compared for every undated pair, so read once.
    private int? LatestYear { get; }

    // The weekday an undated report gives its news (« =w1 »), read once for the same reason.
    private DayOfWeek? Weekday { get; }

    // How many people the gazetteer does not know it names: compared at every similarity, so counted once.
    private readonly int _unknownPeople;

    /// <summary>The MinHash signature.</summary>
    public IReadOnlyList<uint> Signature { get; }

    /// <summary>The slugs of the people and organisations named, and the rare names (<c>~</c>, <c>#</c>), sorted.</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>The same for its title and opening (the first sentence past date and byline lines), sorted.</summary>
    public IReadOnlyList<string> LeadActors { get; }

    /// <summary>The article's own date (printed publication date or the date it is about), if any.</summary>
    public PartialDate? Date { get; }

    /// <summary>
    /// How alike two articles are, 0 to 1: the estimated overlap of their words (0.3), of their actors (0.3),
    /// and of the actors their openings name (0.4: a long article that mentions a meeting in passing opens on
    /// something else; rewordings by other outlets share names more than words). The names' part is halved where
    /// only one name is shared or where each names its own unknown people, and counts in full only beside enough
    /// shared words; the whole is halved where both print dates more than three days apart, since one story is told
    /// within days, and raised where dates are near and rare names are shared.
    /// </summary>
    public double Similarity(StoryFingerprint other)
    {
        var same = 0;
        for (var i = 0; i < SignatureLength; i++)
        {
            if (Signature[i] == other.Signature[i])
                same++;
        }

        var words = (double)same / SignatureLength;
        var keys = Shared(Actors, other.Actors);
        var shared = keys.Cast;
        var rare = keys.Rare;
        var (sharedUnknownPeople, sharedNouns, sharedKinds, sharedPlaces, sharedDays) = (keys.UnknownPeople, keys.Nouns, keys.Kinds, keys.Places, keys.Days);
        // Articles that tell different kinds of happening (a borehole and a clinic opened at Dabola on one day) are two
        // matters of one place: its name is no evidence then, and the cast counts little (below).
        var otherHappenings = _kinds > 0 && other._kinds > 0 && sharedKinds == 0;
        if (otherHappenings)
            rare -= sharedNouns;
        var union = _cast + other._cast - shared;
        var actors = union == 0 ? words : (double)shared / union;
        var lead = _leadCast == 0 || other._leadCast == 0 ? actors : LeadOverlap(LeadActors, other.LeadActors);
        // One shared name is weak evidence: the head of state leads many unrelated reports of one day. So are
        // shared leaders when each article names people the gazetteer does not know and none of the same: such
        // people rarely appear outside their own piece of news, so these are two local matters the same leaders
        // dealt with.
        var names = (0.3 * actors) + (0.4 * lead);
        if (shared <= 1 || (_unknownPeople > 0 && other._unknownPeople > 0 && sharedUnknownPeople == 0))
            names /= 2;
        // Names make the case only beside words of the same matter: two reports that share few words tell two
        // stories, however alike their casts (the same few leaders appear in most news of a week).
        var similarity = (0.3 * words) + (names * Math.Min(1.0, words / WordsForNames));
        // An article with no date of its own joins a story on a pair of leaders only beside twice the words, or a rare
        // name shared: the same two leaders are in the news every week, and a false join would lend it the story's date.
        // A day both give (« le mercredi 10 avril » in one, « 10 avril 2024 » in the other) dates an undated one as near.
        var dated = Date is not null && other.Date is not null;
        var dayInCommon = !dated && (DayInCommon(other, sharedDays, shared + keys.Numbers) || (keys.Numbers > 0 && rare + keys.Numbers >= 3));
        if (!dated && !dayInCommon)
            return shared >= UndatedCast ? similarity : (0.3 * words) + (names * Math.Clamp((words - WordsForNames) / WordsForNames, 0, 1));
        if (Date is { } mine && other.Date is { } theirs && !Near(mine, theirs))
            return similarity / 2;
        var toTheDay = !dated || (Date!.Value.Precision == DatePrecision.Day && other.Date!.Value.Precision == DatePrecision.Day);
        if (dayInCommon)
            rare++;
        // Within a few days, who is named says what happened, in any language and however reworded: the share of
        // the shorter cast that the other names too (a short report names fewer people than a long one), in the
        // text and in the opening. Words then need not agree: an English wire and a French rewrite share few.
        var cast = Math.Min(_cast, other._cast) is var smaller and > 0 ? (double)shared / smaller : 0;
        var castLead = _leadCast == 0 || other._leadCast == 0 ? cast : LeadOverlap(LeadActors, other.LeadActors);
        var byCast = (CastWeight * cast) + (LeadCastWeight * castLead);
        // One shared name, casts of unknown people apart, or a date known to the month only (« 2024-03 » is near any
        // day of March): the cast counts half.
        if (shared <= 1 || (_unknownPeople > 0 && other._unknownPeople > 0 && sharedUnknownPeople == 0)
            || !toTheDay)
            byCast /= 2;
        // The same two leaders may open a harvest and a football final on one day: where both tell kinds of
        // happening (a visit, a signing, fighting) and none of the same, the cast says little.
        if (otherHappenings)
            byCast *= OtherHappenings;
        // The same kinds of happening in the same places within days (instructors landing at Niamey) is one event,
        // told in any language and whatever the cast each outlet names.
        var where = otherHappenings || dated ? 0 : (PlaceWeight * Math.Min(3, sharedPlaces)) + (KindWeight * Math.Min(2, sharedKinds));
        if (sharedKinds == 0 || !toTheDay)
            where /= 2;
        var sameDays = (0.3 * words) + byCast + where;
        // A person the gazetteer does not know or a weapon's designation named by both is strong evidence: such
        // names are rare outside the one piece of news that brings them up.
        return Math.Min(1.0, Math.Max(similarity, sameDays) + (RareNameWeight * Math.Min(2, rare)));
    }

    /// <summary>Whether <paramref name="other"/> tells the same story.</summary>
    public bool IsSameStory(StoryFingerprint other) => Similarity(other) >= SameStoryThreshold;

    /// <summary>The stored form: <c>v5|date|slug,slug|lead slug,slug|hex signature</c>.</summary>
    public override string ToString() =>
        string.Join('|', Version, Date?.ToString() ?? "", string.Join(',', Actors), string.Join(',', LeadActors), string.Concat(Signature.Select(s => s.ToString("x8", CultureInfo.InvariantCulture))));

    /// <summary>
    /// Reads the stored form, this version's, v2's to v4's or v1's (<c>v1|date|actors|signature</c>, stored before openings
    /// were kept: read with none); throws <see cref="FormatException"/> saying what is wrong.
    /// </summary>
    public static StoryFingerprint Parse(string stored)
    {
        var parts = stored.Split('|');
        if (parts.Length == 4 && parts[0] == "v1")
            parts = [Version, parts[1], parts[2], "", parts[3]];
        // v2 to v4 have the same layout: read as is. v2 hashed names among the words, v2 and v3 keep no single proper
        // nouns or kinds of happening, and none keeps places or days: such an article compares a little less alike with newer ones (kinds count only
        // where both tell some) until `mrt reanalyze --all` stores it afresh.
        if (parts.Length == 5 && parts[0] is "v2" or "v3" or "v4")
            parts[0] = Version;
        if (parts.Length != 5 || parts[0] != Version || parts[4].Length != SignatureLength * 8)
            throw new FormatException($"Not a story fingerprint ({Version}|date|actors|lead actors|signature): '{stored}'.");
        PartialDate? date = parts[1].Length == 0 ? null : PartialDate.Parse(parts[1]);
        var signature = new uint[SignatureLength];
        for (var i = 0; i < SignatureLength; i++)
            signature[i] = uint.Parse(parts[4].AsSpan(i * 8, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new StoryFingerprint(signature, Slugs(parts[2]), Slugs(parts[3]), date);
    }

    // Containment where one opening's names are all in the other's, since a rewrite often opens on fewer names than
    // the original; overlap where each names someone the other does not, since then they open on different news.
    private double LeadOverlap(IReadOnlyList<string> mine, IReadOnlyList<string> theirs)
    {
        var shared = Shared(mine, theirs).Cast;
        var (a, b) = (_leadCast, theirs.Count(t => t[0] is not ('^' or '!' or '@' or '=')));
        var smaller = Math.Min(a, b);
        return shared == smaller ? 1.0 : (double)shared / (a + b - shared);
    }

    // Sorted, as the builder sorts them, whatever the stored text holds: Shared walks both lists in order.
    private static string[] Slugs(string list) => list.Length == 0 ? [] : [.. list.Split(',').Order(StringComparer.Ordinal)];

    // What two fingerprints' keys have in common, by kind of key.
    private readonly record struct SharedKeys(int All, int Rare, int UnknownPeople, int Nouns, int Kinds, int Places, int Days, int Dates, int Numbers)
    {
        // The people and organisations both name (rare people and designations among them).
        public int Cast => All - Nouns - Kinds - Places - Days - Dates - Numbers;
    }

    // The keys two sorted lists share, by kind, in one walk without allocating: an article is compared with hundreds
    // of stored ones as it comes in.
    private static SharedKeys Shared(IReadOnlyList<string> mine, IReadOnlyList<string> theirs)
    {
        int all = 0, rare = 0, unknownPeople = 0, nouns = 0, kinds = 0, places = 0, days = 0, dates = 0, numbers = 0, i = 0, j = 0;
        while (i < mine.Count && j < theirs.Count)
        {
            var order = string.CompareOrdinal(mine[i], theirs[j]);
            if (order < 0)
            {
                i++;
                continue;
            }

            if (order > 0)
            {
                j++;
                continue;
            }

            var key = mine[i];
            all++;
            switch (key[0])
            {
                case '~':
                    rare++;
                    unknownPeople++;
                    break;
                case '#':
                    rare++;
                    break;
                case '^':
                    rare++;
                    nouns++;
                    break;
                case '!':
                    kinds++;
                    break;
                case '@':
                    places++;
                    break;
                // « =04-10 » is a day of the month, « =n25000 » a quantity, « =2023 » a year and « =w1 » a weekday.
                case '=' when IsDayKey(key):
                    days++;
                    break;
                case '=' when key.Length > 1 && key[1] == 'n':
                    numbers++;
                    break;
                case '=':
                    dates++;
                    break;
            }

            i++;
            j++;
        }

        return new SharedKeys(all, rare, unknownPeople, nouns, kinds, places, days, dates, numbers);
    }

    private static bool IsDayKey(string key) => key.Length == 6 && key[0] == '=' && key[3] == '-';

    // Whether an undated article and the other give a day in common: the same day of the month both print (« le
    // mercredi 10 avril », « 10 avril 2024 »), or one printed within three days of the other's date (« le 14 août » in
    // a report of the 15th); and in a year the undated one allows: at or just after the latest year it prints, since
    // a report's past comes before its news.
    private bool DayInCommon(StoryFingerprint other, int sharedDays, int sharedCast)
    {
        var (undated, dated) = Date is null ? (this, other) : (other, this);
        if (dated.Date is not { } date)
            return sharedDays > 0 && (undated.LatestYear is not { } a || other.LatestYear is not { } b || Math.Abs(a - b) <= 1);
        if (undated.LatestYear is { } latest && date.Earliest.Year < latest)
            return false;
        return date.Precision == DatePrecision.Day ? undated.PrintsADayNear(date.Earliest) || (sharedCast >= WeekdayCast && undated.NamesTheWeekdayOf(dated, date.Earliest)) : sharedDays > 0;
    }

    // Whether the weekday an undated report gives its news (« ce lundi », key « =w1 ») is the dated one's day, or a day it
    // prints within three days of it (a report of the 4th that announces the meeting of the 5th): one day in seven
    // passes by chance, so this only opens the comparison of casts, places and kinds of happening.
    private bool NamesTheWeekdayOf(StoryFingerprint dated, DateOnly day)
    {
        if (Weekday is not { } weekday)
            return false;
        if (day.DayOfWeek == weekday)
            return true;
        foreach (var printed in dated.PrintedDaysNear(day))
        {
            if (printed.DayOfWeek == weekday)
                return true;
        }

        return false;
    }

    private static DayOfWeek? WeekdayIn(IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length == 3 && key[0] == '=' && key[1] == 'w' && key[2] is >= '0' and <= '6')
                return (DayOfWeek)(key[2] - '0');
        }

        return null;
    }

    // The latest year the text prints (« =2023 »), if any.
    private static int? LatestYearIn(IReadOnlyList<string> keys)
    {
        int? latest = null;
        foreach (var key in keys)
        {
            if (key.Length == 5 && key[0] == '=' && int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                latest = Math.Max(latest ?? year, year);
        }

        return latest;
    }

    // Whether a day of the month this fingerprint keeps (« =08-14 », no year) falls within three days of day.
    private bool PrintsADayNear(DateOnly day) => PrintedDaysNear(day).Any();

    // The days of the month this fingerprint keeps (« =08-14 », no year) that fall within three days of day, in its year
    // or the one before or after.
    private IEnumerable<DateOnly> PrintedDaysNear(DateOnly day)
    {
        foreach (var key in Actors)
        {
            if (!IsDayKey(key) || !int.TryParse(key.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                || !int.TryParse(key.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth))
                continue;
            for (var year = day.Year - 1; year <= day.Year + 1; year++)
            {
                if (month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month)
                    && new DateOnly(year, month, dayOfMonth) is var printed && Math.Abs(printed.DayNumber - day.DayNumber) <= NearDays)
                    yield return printed;
            }
        }
    }

    private const int NearDays = 3;

    // A weekday is one day in seven: it places an undated report in a dated story only beside two people both name.
    private const int WeekdayCast = 2;

    private static bool Near(PartialDate a, PartialDate b) =>
        a.Earliest.DayNumber - 3 <= b.Latest.DayNumber && b.Earliest.DayNumber - 3 <= a.Latest.DayNumber;
}
