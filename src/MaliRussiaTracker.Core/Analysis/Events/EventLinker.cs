using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Events;

/// <summary>A known event or agreement the article speaks of, with why the engine thinks so.</summary>
public sealed record LinkedEntry(string Key, string Evidence);

/// <summary>
/// Links an article to known events and agreements. An event needs a date of the article that falls on it
/// (or its year, told in the sentence that holds the signs) and two more signs (its keywords, its people and
/// organisations, its place), one of which points at it alone (a participant, or a keyword no other event has).
/// An agreement needs two of its keywords and a date of one of its milestones, or three keywords; its noun
/// right before a keyword's tail (« l'accord militaro-technique ») names it. States alone prove nothing: nearly
/// every article here names Mali and Russia.
/// </summary>
public static class EventLinker
{
    private const int EventEvidenceNeeded = 2;
    private const int AgreementKeywordsWithDate = 2;
    private const int AgreementKeywordsAlone = 3;

    /// <summary>The known events the article speaks of.</summary>
    public static List<LinkedEntry> LinkEvents(KnownWorld world, string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<PartialDate> dates) =>
        LinkEvents(world, folded, mentions, dates, null);

    /// <summary>
    /// The known events the article speaks of; with <paramref name="articleTime"/> (its news date), also an event
    /// its name alone points at, undated in the text, where the article was written within a year of it.
    /// </summary>
    public static List<LinkedEntry> LinkEvents(KnownWorld world, string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<PartialDate> dates, PartialDate? articleTime)
    {
        var actors = mentions.Where(m => m.Target == AliasTarget.Actor).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var places = mentions.Where(m => m.Target == AliasTarget.Place).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var linked = new List<LinkedEntry>();
        var absentWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in world.Events)
        {
            if (!dates.Any(d => FallsOn(d, ev.Date)))
            {
                if (YearToldWithSigns(world, folded, mentions, dates, ev) is { } told)
                    linked.Add(new LinkedEntry(ev.Key, $"{ev.Date}: {told}; named by its year"));
                else if (articleTime is { } time && WithinAYear(time, ev.Date) && NamedByItsWords(world, folded, ev, absentWords) is { } name)
                    linked.Add(new LinkedEntry(ev.Key, $"{ev.Date}: « {name} », named, in an article of {time}"));
                continue;
            }

            var people = ev.Participants.Where(p => actors.Contains(p) && world.KindOf(p) != ActorKind.State).ToList();
            // A keyword that is a participant's name (« Goïta ») is the same sign as the participant, not a second one.
            var keywords = ev.Keywords
                .Where(k => !people.Exists(p => world.IsNameOf(k, p)) && KeywordMatcher.Occurs(folded, k))
                .ToList();
            var atPlace = ev.Place is { } place && places.Contains(place);
            var signs = keywords.Count + people.Count + (atPlace ? 1 : 0);
            // « visite » at Bamako in the right month is any visit: one sign must point at this event alone.
            var specific = people.Count > 0 || keywords.Exists(world.IsKeywordOfOneEvent);
            if (signs >= EventEvidenceNeeded && specific)
            {
                var evidence = keywords.Select(k => $"« {k} »").Concat(people).Concat(atPlace ? ["at " + ev.Place] : []);
                linked.Add(new LinkedEntry(ev.Key, $"{ev.Date}: {string.Join(", ", evidence)}"));
            }
        }

        return linked;
    }

    // Without a date of the article to point at it, an event needs more: three signs in the opening.
    private const int UndatedEvidenceNeeded = 3;
    private const int UndatedLeadLength = 500;

    /// <summary>
    /// The known event an article that prints no date of its own tells, where its opening points at one event
    /// alone: three of its signs in the title and first sentences, one of its people among them. Names of places
    /// and governments (« le Kremlin », « Bamako ») do not count as its words: every report of these people prints
    /// them. Its date is then the article's news date; null where no event, or more than one, fits.
    /// </summary>
    public static WorldEvent? TheUndatedEvent(KnownWorld world, string folded, IReadOnlyList<TextMention> mentions)
    {
        var leadEnd = Math.Min(folded.Length, UndatedLeadLength);
        var lead = mentions.Where(m => m.Start < leadEnd).ToList();
        var actors = lead.Where(m => m.Target == AliasTarget.Actor).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        var places = lead.Where(m => m.Target == AliasTarget.Place).Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);
        WorldEvent? found = null;
        var best = 0;
        var tie = false;
        foreach (var ev in world.Events)
        {
            var people = ev.Participants.Count(p => actors.Contains(p) && world.KindOf(p) != ActorKind.State);
            if (people == 0)
                continue;
            var words = ev.Keywords.Count(k => char.IsLower(k[0]) && KeywordMatcher.Occurs(folded, k, 0, leadEnd));
            var signs = words + people + (ev.Place is { } place && places.Contains(place) ? 1 : 0);
            if (signs < UndatedEvidenceNeeded || words == 0)
                continue;
            if (signs > best)
                (found, best, tie) = (ev, signs, false);
            else if (signs == best)
                tie = true;
        }

        return tie ? null : found;
    }

    /// <summary>The known agreements the article speaks of.</summary>
    public static List<LinkedEntry> LinkAgreements(KnownWorld world, string folded, IReadOnlyList<PartialDate> dates) =>
        LinkAgreements(world, folded, dates, []);

    /// <summary>
    /// The known agreements the article speaks of; with its <paramref name="mentions"/>, an agreement is also
    /// known by its noun and the year of one of its milestones told with that milestone's word (« l'accord …
    /// ratifié en 2024 », « entré en vigueur en 2025 ») in an article that names its parties.
    /// </summary>
    public static List<LinkedEntry> LinkAgreements(KnownWorld world, string folded, IReadOnlyList<PartialDate> dates, IReadOnlyList<TextMention> mentions)
    {
        var linked = new List<LinkedEntry>();
        var nouns = AgreementNounsIn(folded);
        foreach (var agreement in world.Agreements)
        {
            if (MilestoneYearNamed(folded, nouns, agreement, mentions) is { } said)
            {
                linked.Add(new LinkedEntry(agreement.Key, $"{said.Date} ({said.Description}); named by its year"));
                continue;
            }

            var keywords = agreement.Keywords.Where(k => KeywordMatcher.Occurs(folded, k)).ToList();
            var milestone = agreement.Milestones.FirstOrDefault(m => dates.Any(d => FallsOn(d, m.Date)));
            // « l'accord de coopération militaro-technique » names the agreement: the noun in front of one of its
            // keywords is a sign of its own, worth a second keyword.
            var named = keywords.Count > 0 && NamesAnAgreement(folded, nouns, keywords);
            // « l'accord militaro-technique »: the noun stands in for the keyword's own head word.
            if (!named && ShortenedAfterNoun(folded, nouns, agreement.Keywords.Except(keywords)) is { } shortened)
            {
                keywords.Add(shortened);
                named = true;
            }

            var signs = keywords.Count + (named ? 1 : 0);
            if ((milestone is not null && signs >= AgreementKeywordsWithDate) || signs >= AgreementKeywordsAlone)
            {
                var when = milestone is null ? "" : $"{milestone.Date} ({milestone.Description}); ";
                linked.Add(new LinkedEntry(agreement.Key, when + (named ? "named; " : "") + string.Join(", ", keywords.Select(k => $"« {k} »"))));
            }
        }

        return linked;
    }

    // « le CNT a ratifié l'accord en 2024 »: a year is too vague to point at an event of July 2024 by itself, but
    // told in the same sentence as two of the event's signs (one of them its own), it dates them.
    private static string? YearToldWithSigns(KnownWorld world, string folded, IReadOnlyList<TextMention> mentions, IReadOnlyList<PartialDate> dates, WorldEvent ev)
    {
        if (ev.Date.Precision == DatePrecision.Year || ev.Date.Earliest.Year != ev.Date.Latest.Year)
            return null;
        // The article's dates already say which years it tells alone: the text is searched for this one only then.
        if (!dates.Any(d => d.Precision == DatePrecision.Year && d.Earliest.Year == ev.Date.Earliest.Year))
            return null;
        var year = ev.Date.Earliest.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var at = folded.IndexOf(year, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(year, at + year.Length, StringComparison.Ordinal))
        {
            var (start, end) = SentenceAround(folded, at);
            if (!MentionsYear(folded.AsSpan(start, end - start), ev.Date.Earliest.Year))
                continue;
            var people = ev.Participants
                .Where(p => world.KindOf(p) != ActorKind.State && mentions.Any(m => m.Slug == p && m.Target == AliasTarget.Actor && m.Start >= start && m.Start < end))
                .ToList();
            var keywords = ev.Keywords
                .Where(k => !people.Exists(p => world.IsNameOf(k, p)) && KeywordMatcher.Occurs(folded, k, start, end))
                .ToList();
            if (keywords.Count + people.Count >= EventEvidenceNeeded && (people.Count > 0 || keywords.Exists(world.IsKeywordOfOneEvent)))
                return string.Join(", ", keywords.Select(k => $"« {k} »").Concat(people));
        }

        return null;
    }

    // Two of an event's keywords side by side, one of them its own and one a word of what happened (happenings.txt),
    // make its name (« le sommet Russie-Afrique »):
    // an article of the same year speaks of it without dating it (« lors du sommet Russie-Afrique », « at the summit
    // last year »). A name is not a date, so the article's time must be near the event's, and the sentence must print
    // no other year (« le prochain sommet Russie-Afrique, en 2026 » is another summit).
    private const int NameGap = 3;
    private static readonly char[] NotWord = [' ', '-', '\'', '–'];
    private const int DaysAround = 366;
    private const int MaxEnding = 5;

    private static string? NamedByItsWords(KnownWorld world, string folded, WorldEvent ev, HashSet<string> absentWords)
    {
        foreach (var (first, second) in NamePairs.GetValue(world, w => w.Events.ToDictionary(e => e.Key, e => NamePairsOf(w, e)))[ev.Key])
        {
            if (PhraseAt(folded, first, second, absentWords) is { } at && !OtherYearInSentence(folded, at, ev.Date))
                return $"{first} {second}";
        }

        return null;
    }

    // The pairs of an event's keywords that can make its name, in both orders, worked out once a world.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnownWorld, Dictionary<string, List<(string, string)>>> NamePairs = [];

    private static List<(string, string)> NamePairsOf(KnownWorld world, WorldEvent ev)
    {
        var pairs = new List<(string, string)>();
        foreach (var own in ev.Keywords.Where(world.IsKeywordOfOneEvent))
        {
            foreach (var other in ev.Keywords.Where(k => k != own && !ev.Participants.Any(p => world.IsNameOf(k, p))))
            {
                // A name says what happened (« sommet », « défilé »): « vice-ministre de la Défense » is a role.
                if (TellsAHappening(own) || TellsAHappening(other))
                    pairs.AddRange([(own, other), (other, own)]);
            }
        }

        return pairs;
    }

    // Every article asks of the same few keywords: each is read once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> HappeningKeywords = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> KeywordWords = new(StringComparer.Ordinal);

    private static bool TellsAHappening(string keyword) =>
        HappeningKeywords.GetOrAdd(keyword, static k => Stories.Happenings.In(FoldedText.Fold(k)).Count > 0);

    // Many events share a name's words: a word found nowhere in the text (in absentWords) is not looked for again.
    private static int? PhraseAt(string folded, string first, string second, HashSet<string> absentWords)
    {
        var words = KeywordWords.GetOrAdd(first, static k => FoldedText.Fold(k).Split(NotWord, StringSplitOptions.RemoveEmptyEntries));
        var head = words[0];
        if (absentWords.Contains(head))
            return null;
        var found = folded.IndexOf(head, StringComparison.Ordinal);
        if (found < 0)
            absentWords.Add(head);
        for (var at = found; at >= 0; at = folded.IndexOf(head, at + 1, StringComparison.Ordinal))
        {
            if ((at > 0 && FoldedText.IsWordChar(folded[at - 1])) || !KeywordMatcher.Occurs(folded, first, at, Math.Min(folded.Length, at + first.Length + MaxEnding)))
                continue;
            var after = WordsAfter(folded, at, words.Length);
            var reach = WordsAfter(folded, after, NameGap);
            if (KeywordMatcher.Occurs(folded, second, after, reach))
                return at;
        }

        return null;
    }

    // Where the text stands after skipping <paramref name="count"/> words from <paramref name="at"/>.
    private static int WordsAfter(string folded, int at, int count)
    {
        var i = at;
        for (var n = 0; n < count && i < folded.Length; n++)
        {
            while (i < folded.Length && !FoldedText.IsWordChar(folded[i]))
                i++;
            while (i < folded.Length && FoldedText.IsWordChar(folded[i]))
                i++;
        }

        while (i < folded.Length && !FoldedText.IsWordChar(folded[i]))
            i++;
        return i;
    }

    private static bool OtherYearInSentence(string folded, int at, PartialDate date)
    {
        var (start, end) = SentenceAround(folded, at);
        for (var i = start; i + 4 <= end; i++)
        {
            if (char.IsAsciiDigit(folded[i]) && (i == start || !char.IsLetterOrDigit(folded[i - 1])) && (i + 4 == end || !char.IsLetterOrDigit(folded[i + 4]))
                && int.TryParse(folded.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                && (year < date.Earliest.Year || year > date.Latest.Year))
                return true;
        }

        return false;
    }

    private static bool WithinAYear(PartialDate time, PartialDate date) =>
        time.Earliest.DayNumber <= date.Latest.DayNumber + DaysAround && date.Earliest.DayNumber <= time.Latest.DayNumber + DaysAround;

    private static (int Start, int End) SentenceAround(string folded, int at)
    {
        var start = folded.LastIndexOfAny(['.', '\n'], Math.Max(0, at - 1)) + 1;
        var end = folded.IndexOfAny(['.', '\n'], at);
        return (start, end < 0 ? folded.Length : end);
    }

    private static readonly string[] AgreementNouns = ["accord", "traite", "protocole", "convention"];

    private const int MilestoneWordStem = 6;
    private const int MilestoneWordLength = 5;

    // « L'accord de défense que le CNT a ratifié en 2024 »: in one sentence, the agreement's noun, a year on which
    // one of its milestones falls, and a word of that milestone (« ratifié », « vigueur »). A year is vague; the
    // milestone's own word and the parties named make it this agreement.
    private static WorldMilestone? MilestoneYearNamed(string folded, List<(int At, int End)> nouns, WorldAgreement agreement, IReadOnlyList<TextMention> mentions)
    {
        if (mentions.Count == 0 || agreement.Parties.Count(p => mentions.Any(m => m.Slug == p)) < Math.Min(2, agreement.Parties.Count))
            return null;
        foreach (var (at, _) in nouns)
        {
            var (start, end) = SentenceAround(folded, at);
            var sentence = folded.AsSpan(start, end - start);
            foreach (var milestone in agreement.Milestones)
            {
                if (milestone.Date.Precision != DatePrecision.Year && MentionsYear(sentence, milestone.Date.Earliest.Year) && HasMilestoneWord(sentence, milestone))
                    return milestone;
            }
        }

        return null;
    }

    // Where the text names an agreement by its noun (« accord », « traité »…), as a word of its own: found once an
    // article, then read by every agreement of the world.
    private static List<(int At, int End)> AgreementNounsIn(string folded)
    {
        var nouns = new List<(int At, int End)>();
        foreach (var noun in AgreementNouns)
        {
            for (var at = folded.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
            {
                if (at == 0 || !FoldedText.IsWordChar(folded[at - 1]))
                    nouns.Add((at, at + noun.Length));
            }
        }

        return nouns;
    }

    private static bool MentionsYear(ReadOnlySpan<char> sentence, int year)
    {
        Span<char> digits = stackalloc char[4];
        year.TryFormat(digits, out _, default, System.Globalization.CultureInfo.InvariantCulture);
        for (var at = sentence.IndexOf(digits); at >= 0; at = NextIndex(sentence, digits, at))
        {
            var before = at == 0 || !char.IsLetterOrDigit(sentence[at - 1]);
            var after = at + 4 == sentence.Length || !char.IsLetterOrDigit(sentence[at + 4]);
            // « en 2024 », not « le 4 juillet 2024 »: a full date is linked by its day, not here.
            var prefix = sentence[..at].TrimEnd();
            var afterMonth = prefix.Length > 0 && char.IsLetter(prefix[^1]) && !prefix.EndsWith("en") && !prefix.EndsWith("depuis") && !prefix.EndsWith("in");
            if (before && after && !afterMonth)
                return true;
        }

        return false;
    }

    private static int NextIndex(ReadOnlySpan<char> text, ReadOnlySpan<char> value, int from)
    {
        var next = text[(from + 1)..].IndexOf(value);
        return next < 0 ? -1 : from + 1 + next;
    }

    private static bool HasMilestoneWord(ReadOnlySpan<char> sentence, WorldMilestone milestone)
    {
        foreach (var word in FoldedText.Fold(milestone.Description).Split([' ', '\'', '(', ')', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= MilestoneWordLength && sentence.IndexOf(word.AsSpan(0, Math.Min(word.Length, MilestoneWordStem)), StringComparison.Ordinal) >= 0)
                return true;
        }

        return false;
    }

    // The keyword must follow the noun closely: « accord de coopération militaro-technique », not a keyword
    // three sentences after some « accord ».
    private const int NounToKeyword = 40;

    // Long enough to name a kind of agreement on its own (« militaro-technique », « militaire et technique »), not a
    // word many agreements share (« stratégique »).
    private const int ShortenedLength = 12;

    private static string? ShortenedAfterNoun(string folded, List<(int At, int End)> nouns, IEnumerable<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            var space = keyword.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || keyword.Length - space - 1 < ShortenedLength)
                continue;
            var tail = keyword[(space + 1)..];
            var head = FoldedText.Fold(tail)[..4];
            foreach (var (_, after) in nouns)
            {
                // The tail right after the noun: the matcher's range must hold the whole phrase, a few letters of ending too.
                if (after < folded.Length && folded[after] == ' '
                    && folded.AsSpan(after + 1).StartsWith(head, StringComparison.Ordinal)
                    && KeywordMatcher.Occurs(folded, tail, after + 1, Math.Min(folded.Length, after + 1 + tail.Length + 5)))
                    return keyword;
            }
        }

        return null;
    }

    private static bool NamesAnAgreement(string folded, List<(int At, int End)> nouns, List<string> keywords) =>
        nouns.Exists(noun => keywords.Exists(k => KeywordMatcher.Occurs(folded, k, noun.End, Math.Min(folded.Length, noun.End + NounToKeyword))));

    /// <summary>
    /// Whether an article's date points at a known date: it overlaps it, and is no vaguer than a month
    /// unless the known date is itself a year (« en 2025 » does not point at 3 April 2025).
    /// </summary>
    public static bool FallsOn(PartialDate said, PartialDate known)
    {
        if (!said.Overlaps(known))
            return false;
        if (said.Precision == DatePrecision.Year && known.Precision != DatePrecision.Year)
            return false;
        return said.Latest.DayNumber - said.Earliest.DayNumber <= 62;
    }
}
