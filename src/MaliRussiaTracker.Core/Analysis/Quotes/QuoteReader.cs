using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Quotes;

/// <summary>
/// Finds quotations (« », “ ”, " ") of three words or more and their speakers: named after the quotation
/// through a verb of saying (« », a affirmé M. Lavrov »), before it (« X a salué une « … » », « X : « … » »),
/// or by a pronoun (« a-t-il déclaré », « selon ses mots ») that points to the last person or organisation
/// named. A quotation with no attribution of its own goes on in the voice of the one it follows (see CarryOn); a
/// body the gazetteer does not know is named from its capitalised words at the verb (« the Pentagon said »). Two-word
/// terms and scare quotes are not quotations.
/// </summary>
public static partial class QuoteReader
{
    private const int MinWords = 3;
    private const int MaxLength = 3000;

    // Stems of French and English verbs that introduce what someone said.
    private static readonly string[] SayingStems =
    [
        "declar", "affirm", "salu", "soulign", "expliqu", "ajout", "indiqu", "precis", "estim", "insist", "rappel",
        "confi", "assur", "annonc", "qualifi", "souhait", "promet", "promi", "martel", "repet", "observ", "conclu",
        "poursui", "racont", "interrog", "tranch", "relev", "resum", "previen", "exclam", "gliss", "souffl", "tweet",
        "lache", "assene", "note", "notait", "admis", "temoign", "plaid", "denonc", "avert", "reconn", "admet", "reagi", "repond", "comment",
        "confirm", "ecri", "deplor", "regrett", "esper", "exhort", "appel", "fustig", "critiqu", "felicit",
        "evoqu", "mention", "signal", "lanc", "propos", "selon", "dit", "dire", "disant", "said", "say", "told",
        "stated", "added", "according", "noted", "declared", "stressed", "rejoui", "analys", "pledg", "vowed", "warned",
        "urged", "argued", "promised", "called", "insisted", "continued",
    ];

    [GeneratedRegex(@"-(?:t-)?(?:il|elle|ils|elles)\b|^\W*(?:\w+\s+){0,2}(?:il|elle)\s|^\W*(?:he|she|it)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAfter();

    [GeneratedRegex(@"selon\s+(?:(?:ses|son|leurs?)\s+(?:mots|termes|propos|dires)|lui|elle|eux)\s*,?\s*$|^\W*(?:il|elle)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PronounBefore();

    /// <summary>The quotations of <paramref name="text"/> with their speakers.</summary>
    public static List<QuotedPassage> Read(FoldedText text, IReadOnlyList<TextMention> mentions) =>
        Read(text, mentions, Sentences.Of(text.Original), []);

    /// <summary>
    /// The quotations of <paramref name="text"/>, whose <paramref name="sentences"/> are already known; a speaker
    /// the gazetteer does not know is named from the <paramref name="candidates"/> where the text names one there.
    /// </summary>
    public static List<QuotedPassage> Read(FoldedText text, IReadOnlyList<TextMention> mentions, Sentences sentences, IReadOnlyList<Candidate> candidates) =>
        Read(text, mentions, sentences, candidates, null);

    /// <summary>
    /// As <see cref="Read(FoldedText, IReadOnlyList{TextMention}, Sentences, IReadOnlyList{Candidate})"/>, and a
    /// speaker named by a role noun alone (« a précisé le diplomate ») is looked for among the article's people.
    /// </summary>
    internal static List<QuotedPassage> Read(FoldedText text, IReadOnlyList<TextMention> mentions, Sentences sentences, IReadOnlyList<Candidate> candidates, RoleSpeakers? roles)
    {
        var original = text.Original;
        var spans = FindQuotationMarks(original);
        var passages = new List<QuotedPassage>();
        var attributions = new List<Attribution>();
        var marks = new List<(int Open, int Close)>();
        foreach (var (open, close) in spans)
        {
            var (start, end) = Trim(original, open + 1, close);
            if (end - start < 1 || CountWords(original, start, end) < MinWords || IsTitleCase(original.AsSpan(start, end - start)))
                continue;
            var (speaker, from, to, after) = FindSpeaker(text, mentions, candidates, spans, sentences, open, close);
            var unknown = speaker is null && to > from ? UnknownSpeaker(original, candidates, from, to, after) : null;
            // A body named at the verb speaks before a state named further on (« the Pentagon said in a joint
            // statement with Niger's defence ministry »).
            if (after && unknown is null && (speaker is null || speaker.ActorKind == Domain.ActorKind.State) && to > from
                && NamedBody(original, from, to) is { } body && (speaker is null || body.Start < speaker.Start))
                (speaker, unknown) = (null, body.Name);
            // « », a déclaré Mikhaïl X, rappelant la visite du président de la Transition »: the new person named
            // first after the verb speaks, not the known one named later.
            if (after && speaker is not null && speaker.Start > from && UnknownSpeaker(original, candidates, from, speaker.Start, true) is { } first)
                (speaker, unknown) = (null, first);
            // A person speaks before a state, known or not: « X, president of the Association of Lawyers of Russia, told ».
            else if (speaker is { ActorKind: Domain.ActorKind.State } && to > from && UnknownSpeaker(original, candidates, from, to, after) is { } person)
                (speaker, unknown) = (null, person);
            if (to == 0 && from > 0)
            {
                // A pronoun: a person the gazetteer does not know, named since the last known person, is who « il » is.
                // « « … », a-t-il précisé » right after another quotation, no one named between: the same speaker goes on.
                if (passages.Count > 0 && passages[^1] is { } previous && previous.End >= from && (previous.Speaker ?? previous.SpeakerName) is not null
                    && !mentions.Any(m => m.ActorKind == Domain.ActorKind.Person && m.Start > previous.End && m.Start < open)
                    && !candidates.Any(c => c.Kind == "person" && c.Start > previous.End && c.Start < open))
                {
                    speaker = previous.Speaker is { } slug ? new TextMention(previous.SpeakerStart, previous.SpeakerEnd, slug, AliasTarget.Actor, false, Domain.ActorKind.Person) : null;
                    unknown = previous.SpeakerName;
                }
                else
                {
                    unknown = LastCandidateBefore(original, candidates, speaker, from, open);
                    speaker = unknown is null ? speaker : null;
                }
            }
            else if ((speaker is null || speaker.ActorKind == Domain.ActorKind.State) && unknown is null && roles is not null)
            {
                // « », a lancé le chef de l'État, dans une allusion à la France »: the role speaks, not the state named after.
                var (slug, name) = roles.Resolve(text.Folded, from, to, open, sentences.StartBefore(open, 1));
                if (slug is not null || name is not null)
                {
                    speaker = slug is null ? null : new TextMention(-1, -1, slug, AliasTarget.Actor, true, Domain.ActorKind.Person);
                    unknown = name;
                }
            }

            passages.Add(new QuotedPassage(start, end, original[start..end], speaker?.Slug, speaker?.Start ?? -1, speaker?.End ?? -1) { SpeakerName = unknown });
            marks.Add((open, close));
            attributions.Add(from == 0 && to == 0 ? Attribution.None : after || to == 0 ? Attribution.After : Attribution.Before);
        }

        CarryOn(original, sentences, mentions, candidates, marks, passages, attributions);
        return passages;
    }

    private enum Attribution
    {
        None,
        Before,
        After,
    }

    // A quotation with no attribution of its own is the speaker's next words where nothing else can be meant:
    // « « A » et « B », a-t-il expliqué »: one sentence, its verb after the last quotation, speaks for both;
    // « « A », a souligné X. « B. » »: a sentence that is all quotation, right after X's, goes on in X's voice.
    private static void CarryOn(string original, Sentences sentences, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> candidates,
        List<(int Open, int Close)> marks, List<QuotedPassage> passages, List<Attribution> attributions)
    {
        for (var i = passages.Count - 2; i >= 0; i--)
        {
            if (attributions[i] != Attribution.None || !Speaks(passages[i + 1]) || attributions[i + 1] != Attribution.After)
                continue;
            if (NoSentenceEnd(original, marks[i].Close + 1, marks[i + 1].Open))
                passages[i] = passages[i] with { Speaker = passages[i + 1].Speaker, SpeakerStart = passages[i + 1].SpeakerStart, SpeakerEnd = passages[i + 1].SpeakerEnd, SpeakerName = passages[i + 1].SpeakerName };
        }

        for (var i = 1; i < passages.Count; i++)
        {
            if (attributions[i] != Attribution.None || Speaks(passages[i]) || !Speaks(passages[i - 1]))
                continue;
            var (open, close) = marks[i];
            var sentenceStart = sentences.StartOf(open);
            var previousEnd = sentences.EndOf(marks[i - 1].Close, original.Length);
            if (!IsBlank(original, previousEnd, sentenceStart) || !IsBlank(original, sentenceStart, open) || HasLetters(original, close + 1, sentences.EndOf(close, original.Length))
                || ParagraphBreaks(original, marks[i - 1].Close, open) > 1
                || mentions.Any(m => m.ActorKind == Domain.ActorKind.Person && m.Start > marks[i - 1].Close && m.Start < open && m.Slug != passages[i - 1].Speaker)
                || candidates.Any(c => c.Kind == "person" && c.Start > marks[i - 1].Close && c.Start < open && c.Name != passages[i - 1].SpeakerName))
                continue;
            passages[i] = passages[i] with { Speaker = passages[i - 1].Speaker, SpeakerStart = passages[i - 1].SpeakerStart, SpeakerEnd = passages[i - 1].SpeakerEnd, SpeakerName = passages[i - 1].SpeakerName };
        }
    }

    private static bool Speaks(QuotedPassage passage) => passage.Speaker is not null || passage.SpeakerName is not null;

    private static bool NoSentenceEnd(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n')
                return false;
        }

        return true;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('«' or '“' or '"'))
                return false;
        }

        return true;
    }

    private static bool HasLetters(string text, int from, int to)
    {
        for (var i = from; i < Math.Min(to, text.Length); i++)
        {
            if (char.IsLetterOrDigit(text[i]))
                return true;
        }

        return false;
    }

    private static int ParagraphBreaks(string text, int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n' && (i + 1 >= to || text[i + 1] != '\n'))
                breaks++;
        }

        return breaks;
    }

    /// <summary>The speaker, and where the text was searched for one (empty when a pronoun or nothing points to one).</summary>
    private static (TextMention? Speaker, int From, int To, bool After) FindSpeaker(FoldedText text, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> candidates, List<(int Open, int Close)> spans, Sentences sentences, int open, int close)
    {
        var folded = text.Folded;
        var sentenceStart = sentences.StartOf(open);
        var sentenceEnd = Math.Max(close + 1, sentences.EndOf(close, folded.Length));

        var after = folded.AsSpan(close + 1, sentenceEnd - close - 1);
        var afterTrimmed = after.TrimStart();
        // « », a déclaré X » or « » déclare X »; « » et a exprimé sa reconnaissance… » is the same speaker's next act.
        // English puts the comma inside the marks and may name a long title before the verb (« ," junta leader
        // General X told »).
        var commaInside = close > 0 && text.Original[close - 1] == ',';
        if ((afterTrimmed.StartsWith(',') && SaysWithin(after, 4)) || (commaInside && SaysWithin(after, 8)) || SaysWithin(after, 2))
        {
            if (PronounAfter().IsMatch(after[..Math.Min(after.Length, 30)].ToString()))
                return (LastSpeakerBefore(mentions, spans, sentences.StartBefore(open, 2), open), Math.Max(1, sentences.StartBefore(open, 2)), 0, false);
            if (FirstIn(mentions, spans, close + 1, sentenceEnd) is { } named)
                return (named, close + 1, sentenceEnd, true);
            if (candidates.Any(c => c.Kind == "person" && c.Start > close && c.Start < sentenceEnd))
                return (null, close + 1, sentenceEnd, true);
            // « les « campagnes de désinformation » visant, selon elle, … »: nothing after names anyone; the subject
            // before the quotation may.
            var (subject, subjectFrom, subjectTo) = SpeakerBefore(text, mentions, spans, sentences, open, sentenceStart);
            return subject is not null ? (subject, subjectFrom, subjectTo, false) : (null, close + 1, sentenceEnd, true);
        }

        var (speaker, from, to) = SpeakerBefore(text, mentions, spans, sentences, open, sentenceStart);
        return (speaker, from, to, false);
    }

    private static (TextMention? Speaker, int From, int To) SpeakerBefore(FoldedText text, IReadOnlyList<TextMention> mentions, List<(int Open, int Close)> spans, Sentences sentences, int open, int sentenceStart)
    {
        var folded = text.Folded;

        var before = folded.AsSpan(sentenceStart, open - sentenceStart);
        if (PronounBefore().IsMatch(before.ToString()))
            return (LastSpeakerBefore(mentions, spans, sentences.StartBefore(open, 2), open), Math.Max(1, sentences.StartBefore(open, 2)), 0);
        var verb = LastSayingWord(before, int.MaxValue);
        var pivot = verb >= 0 ? sentenceStart + verb : sentenceStart + before.LastIndexOf(':');
        if (pivot < sentenceStart)
            return (null, 0, 0);
        // The subject says: « X a indiqué que Moscou « … » » is X's word, not Moscow's. Only where no one stands
        // before the verb is a person or organisation after it the speaker (« à commencer par le ministre X qui confiait : »).
        // « Diop, whose country … General Goita …, thanked Russia for what he called « … » »: a pronoun before the
        // verb is the sentence's subject, its first person, not the last named.
        var speaker = (PronounBeforeVerb(folded, sentenceStart, pivot) ? FirstPersonIn(mentions, spans, sentenceStart, pivot) : null)
            ?? LastIn(mentions, spans, sentenceStart, pivot, states: true) ?? LastIn(mentions, spans, pivot, open, states: false);
        return (speaker, sentenceStart, open);
    }

    // A person the gazetteer does not know: a candidate named in the searched stretch, by full name or by surname
    // (« a assuré M. Choïgou » after « le ministre russe de la Défense, Sergueï Choïgou »).
    private static string? UnknownSpeaker(string original, IReadOnlyList<Candidate> candidates, int from, int to, bool after)
    {
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != "person")
                continue;
            var inside = candidate.Start >= from && candidate.End <= to;
            var surname = candidate.Name[(candidate.Name.LastIndexOf(' ') + 1)..];
            if (!inside && (surname.Length < 3 || original.IndexOf(surname, from, to - from, StringComparison.Ordinal) < 0))
                continue;
            if (after)
                return candidate.Name;
            found = candidate.Name;
        }

        return found;
    }

    // « », a précisé la Maison Blanche », « ," the Pentagon said »: a body the gazetteer does not know, named by
    // its capitalised words right after the verb, or, in English, right before it, article aside.
    private static (string Name, int Start)? NamedBody(string original, int from, int to)
    {
        var words = new List<(int Start, int Length)>();
        foreach (var (start, length) in LetterRuns.Of(original.AsSpan(from, to - from)))
        {
            words.Add((from + start, length));
            if (words.Count > 8)
                break;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = original.AsSpan(words[i].Start, words[i].Length);
            var says = IsSayingWord(word.ToString().ToLowerInvariant());
            var nameAt = i + 1 < words.Count && Articles.Contains(Lower(original, words[i + 1])) ? i + 2 : i + 1;
            if (says && CapitalisedRun(original, words, nameAt) is { } name)
                return (name, words[nameAt].Start);
            if (!says && i + 1 < words.Count && Articles.Contains(Lower(original, words[i])) && CapitalisedRun(original, words, i + 1) is { } named
                && words.FindIndex(i + 1, w => !char.IsUpper(original[w.Start])) is var next and >= 0 && IsSayingWord(Lower(original, words[next])))
                return (named, words[i + 1].Start);
            if (i >= 1)
                break;
        }

        return null;
    }

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "l", "les", "the" };

    private static string Lower(string text, (int Start, int Length) word) => text.Substring(word.Start, word.Length).ToLowerInvariant();

    private static bool IsSayingWord(string word) => SaysWithin(FoldedText.Fold(word), 1);

    // Capitalised words in a row from words[first]: a name of one to four words, « de », « of » between them.
    private static string? CapitalisedRun(string text, List<(int Start, int Length)> words, int first)
    {
        var last = -1;
        for (var i = first; i < words.Count && i < first + 6; i++)
        {
            var word = words[i];
            if (char.IsUpper(text[word.Start]) && word.Length >= 2)
                last = i;
            else if (last < 0 || Lower(text, word) is not ("de" or "du" or "des" or "of"))
                break;
        }

        if (first >= words.Count || last < first || words[first].Length < 3 || !char.IsUpper(text[words[first].Start]))
            return null;
        var end = words[last].Start + words[last].Length;
        return text[words[first].Start..end];
    }

    // The person the gazetteer does not know named last before the quotation, if after the last known person. A
    // candidate is found where the text names it again, by full name or surname (« M. Tsivilev »), not only where
    // it was first named.
    private static string? LastCandidateBefore(string original, IReadOnlyList<Candidate> candidates, TextMention? known, int from, int to)
    {
        Candidate? last = null;
        var lastAt = -1;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind != "person")
                continue;
            var at = candidate.Start >= from && candidate.End <= to ? candidate.Start : -1;
            var surname = candidate.Name[(candidate.Name.LastIndexOf(' ') + 1)..];
            if (surname.Length >= 3 && LastWordAt(original, surname, from, to) is var again && again > at)
                at = again;
            if (at >= 0 && at > lastAt)
                (last, lastAt) = (candidate, at);
        }

        return last is not null && (known is null || known.ActorKind != Domain.ActorKind.Person || known.Start < lastAt) ? last.Name : null;
    }

    // Where <paramref name="word"/> stands last as a whole word in [from, to), or -1.
    private static int LastWordAt(string text, string word, int from, int to)
    {
        for (var at = to - word.Length; at >= from; at--)
        {
            at = text.LastIndexOf(word, at, at - from + 1, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length])))
                return at;
        }

        return -1;
    }

    private static bool PronounBeforeVerb(string folded, int sentenceStart, int pivot)
    {
        var before = folded.AsSpan(sentenceStart, pivot - sentenceStart).TrimEnd();
        return before.EndsWith(" he") || before.EndsWith(" she") || before.EndsWith(" il") || before.EndsWith(" elle");
    }

    private static TextMention? FirstPersonIn(IReadOnlyList<TextMention> mentions, List<(int Open, int Close)> spans, int from, int to)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start >= from && mention.End <= to && mention.ActorKind == Domain.ActorKind.Person && !Inside(spans, mention.Start))
                return mention;
        }

        return null;
    }

    private static bool SaysWithin(ReadOnlySpan<char> segment, int maxWords) => LastSayingWord(segment, maxWords) >= 0;

    /// <summary>Where the last verb of saying among the first <paramref name="maxWords"/> words starts, or -1.</summary>
    private static int LastSayingWord(ReadOnlySpan<char> segment, int maxWords)
    {
        var words = 0;
        var last = -1;
        foreach (var (start, length) in LetterRuns.Of(segment))
        {
            if (++words > maxWords)
                break;
            var word = segment.Slice(start, length);
            foreach (var stem in SayingStems)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal) && (stem.Length > 3 || word.Length == stem.Length))
                {
                    last = start;
                    break;
                }
            }
        }

        return last;
    }

    // After the verb the speaker is named first; a person or organisation is preferred to a state.
    private static TextMention? FirstIn(IReadOnlyList<TextMention> mentions, List<(int Open, int Close)> spans, int from, int to)
    {
        TextMention? state = null;
        foreach (var mention in mentions)
        {
            if (mention.Start < from || mention.Start >= to || mention.Target != AliasTarget.Actor || Inside(spans, mention.Start))
                continue;
            if (mention.CanSpeak)
                return mention;
            state ??= mention;
        }

        return state;
    }

    // Before the quotation the nearest person speaks, else the nearest organisation, else a state.
    private static TextMention? LastIn(IReadOnlyList<TextMention> mentions, List<(int Open, int Close)> spans, int from, int to, bool states)
    {
        TextMention? person = null, organisation = null, state = null;
        foreach (var mention in mentions)
        {
            if (mention.Start < from || mention.End > to || mention.Target != AliasTarget.Actor || Inside(spans, mention.Start))
                continue;
            switch (mention.ActorKind)
            {
                case Domain.ActorKind.Person:
                    person = mention;
                    break;
                case Domain.ActorKind.Organisation:
                    organisation = mention;
                    break;
                default:
                    state = mention;
                    break;
            }
        }

        return person ?? organisation ?? (states ? state : null);
    }

    // « a-t-il déclaré » points back to a person: an organisation named since (« les FAMa », « le ministère ») is
    // what the person spoke of, not who spoke; it is the speaker only when no person stands in the window.
    private static TextMention? LastSpeakerBefore(IReadOnlyList<TextMention> mentions, List<(int Open, int Close)> spans, int from, int to)
    {
        TextMention? person = null, organisation = null;
        foreach (var mention in mentions)
        {
            if (mention.Start < from || mention.End > to || !mention.CanSpeak || Inside(spans, mention.Start))
                continue;
            if (mention.ActorKind == Domain.ActorKind.Person)
                person = mention;
            else
                organisation = mention;
        }

        return person ?? organisation;
    }

    private static bool Inside(List<(int Open, int Close)> spans, int position)
    {
        foreach (var (open, close) in spans)
        {
            if (position > open && position < close)
                return true;
        }

        return false;
    }

    private static List<(int Open, int Close)> FindQuotationMarks(string text)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var closing = text[i] switch
            {
                '«' => '»',
                '“' => '”',
                '"' => '"',
                _ => '\0',
            };
            if (closing == '\0')
            {
                i++;
                continue;
            }

            var close = FindClose(text, i + 1, closing);
            if (close < 0)
            {
                i++;
                continue;
            }

            spans.Add((i, close));
            i = close + 1;
        }

        return spans;
    }

    // A quotation stays within its paragraph; a mark left open is a typo, not a quotation to the end.
    private static int FindClose(string text, int from, char closing)
    {
        var limit = Math.Min(text.Length, from + MaxLength);
        for (var j = from; j < limit; j++)
        {
            if (text[j] == closing)
                return j;
            if (text[j] == '\n' && j + 1 < text.Length && text[j + 1] == '\n')
                return -1;
        }

        return -1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        // English puts the sentence's comma inside the marks ("…army," said one); it is not the speaker's.
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
            end--;
        return (start, end);
    }

    // « Opération Serval Renforcée », « Mali Kura Taasira »: every word capitalised is a name or a title, not speech.
    private static bool IsTitleCase(ReadOnlySpan<char> quoted)
    {
        var words = 0;
        foreach (var (start, length) in LetterRuns.Of(quoted))
        {
            if (length < 3)
                continue;
            if (!char.IsUpper(quoted[start]))
                return false;
            words++;
        }

        return words >= 2;
    }

    private static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }

        return words;
    }
}
