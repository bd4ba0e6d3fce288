using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Bylines;
using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Events;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Language;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Quotes;
using MaliRussiaTracker.Core.Analysis.Relevance;
using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis;

/// <summary>
/// The engine for one article, in two steps: <see cref="Read(string, ReadOnlySpan{byte})"/> takes what the text
/// alone tells; <see cref="Complete"/> resolves relative dates and links events, against the article's own
/// date or, where it has none, its story's. <see cref="Analyze(string, string)"/> does both for an article
/// read alone. Thread-safe: one instance serves any number of articles.
/// </summary>
public sealed class ArticleAnalyzer
{
    private static readonly string[] EventNouns =
    [
        "visite", "rencontre", "reunion", "sommet", "signature", "ratifi", "salon", "conference", "forum", "exercice",
        "livraison", "accord", "entretien", "audience", "attaque", "deploiement", "ceremonie",
    ];

    private const int LeadLength = 400;
    private const int LeadDaysBefore = 7;

    private readonly KnownWorld _world;
    private readonly TimeProvider _time;
    private readonly DecodingOptions _decoding;

    /// <summary>An analyzer over <paramref name="world"/>; <paramref name="time"/> says what day it is, so a
    /// printed publication date in the future is not believed.</summary>
    public ArticleAnalyzer(KnownWorld world, TimeProvider? time = null, DecodingOptions? decoding = null)
    {
        _world = world;
        _time = time ?? TimeProvider.System;
        _decoding = decoding ?? DecodingOptions.Default;
    }

    /// <summary>Reads and completes one article on its own.</summary>
    public ArticleAnalysis Analyze(string file, string text) => Complete(Read(file, text));

    /// <summary>Reads and completes one article on its own, from its raw bytes.</summary>
    public ArticleAnalysis Analyze(string file, ReadOnlySpan<byte> bytes) => Complete(Read(file, bytes));

    /// <summary>The first step, from raw bytes: the encoding is detected, bad input refused with a reason.</summary>
    public ArticleReading Read(string file, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(bytes, _decoding);
        return decoded.Text is { } text
            ? Read(file, text) with { Encoding = decoded.Encoding }
            : new ArticleReading { File = file, Error = decoded.Error };
    }

    /// <summary>The first step, from text.</summary>
    public ArticleReading Read(string file, string text)
    {
        var normalised = TextNormaliser.Normalise(text);
        if (string.IsNullOrWhiteSpace(normalised))
            return new ArticleReading { File = file, Error = "the file holds no text" };

        var whole = FoldedText.Of(normalised);
        var split = FurnitureSplitter.Split(whole);
        var content = FoldedText.Of(split.Content);
        var byline = BylineReader.Read(whole, split);
        if (byline.Published is { } day && day > DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddDays(1))
            byline = byline with { Published = null, PublishedStart = -1 };

        var mentions = MentionFinder.Find(content, _world);
        var sentences = Sentences.Of(split.Content);
        var candidates = CandidateFinder.Find(split.Content, content.Folded, mentions);
        var dates = FrenchDateReader.Read(content.Folded);
        var ownDate = byline.Published is { } published ? PartialDate.OfDay(published) : OwnDate(dates, content.Folded.Length);
        return new ArticleReading
        {
            File = file,
            Encoding = "text",
            Text = normalised,
            Content = split.Content,
            FoldedContent = content.Folded,
            Furniture = split.Blocks,
            Language = LanguageDetector.Detect(content.Folded),
            Relevance = RelevanceScorer.Score(content.Folded),
            Byline = byline,
            Mentions = mentions,
            Dates = dates,
            Quotes = QuoteReader.Read(content, mentions, sentences, candidates),
            Sentences = sentences,
            Candidates = candidates,
            OwnDate = ownDate,
            Fingerprint = FingerprintBuilder.Build(content.Folded, mentions, ownDate, sentences),
        };
    }

    /// <summary>
    /// The second step: dates resolved against the article's own date, else <paramref name="storyDate"/> (its
    /// story's date, or the day ingestion received it), then events and agreements linked.
    /// </summary>
    public ArticleAnalysis Complete(ArticleReading reading, PartialDate? storyDate = null, string? story = null)
    {
        if (reading.Error is not null)
            return new ArticleAnalysis { Reading = reading, Story = story };

        var mainDate = reading.OwnDate ?? storyDate;
        var source = reading.Byline.Published is not null ? "published" : reading.OwnDate is not null ? "article" : storyDate is not null ? "story" : null;
        DateOnly? reference = mainDate?.Earliest;
        var facts = new List<DatedFinding>();
        foreach (var expression in reading.Dates)
            facts.AddRange(Resolve(reading, expression, reference, source, mainDate));

        if (reading.Byline.Published is { } published && DayOfTheLead(reading, facts, published) is { } day)
        {
            mainDate = PartialDate.OfDay(day);
            source = "lead";
        }

        var dates = facts.Select(f => f.Date).ToList();
        if (mainDate is { } main)
            dates.Add(main);
        var events = reading.Relevance.IsRelevant ? EventLinker.LinkEvents(_world, reading.FoldedContent, reading.Mentions, dates) : [];
        var agreements = reading.Relevance.IsRelevant ? EventLinker.LinkAgreements(_world, reading.FoldedContent, dates) : [];
        var candidates = reading.Candidates.ToList();
        if (reading.Relevance.IsRelevant)
            candidates.AddRange(CandidateEvents(reading, facts, events));

        return new ArticleAnalysis
        {
            Reading = reading,
            Story = story,
            MainDate = mainDate,
            MainDateSource = source,
            Actors = reading.Mentions.Where(m => m.Target == AliasTarget.Actor).Select(m => m.Slug).Distinct(StringComparer.Ordinal).ToList(),
            Places = reading.Mentions.Where(m => m.Target == AliasTarget.Place).Select(m => m.Slug).Distinct(StringComparer.Ordinal).ToList(),
            Events = events,
            Agreements = agreements,
            DatedFacts = facts,
            Candidates = candidates,
        };
    }

    private static IEnumerable<DatedFinding> Resolve(ArticleReading reading, DateExpression expression, DateOnly? reference, string? source, PartialDate? mainDate)
    {
        if (expression.Resolve(reference) is not { } date)
            yield break;
        var text = reading.Content[expression.Start..expression.End];
        var resolution = expression.IsAbsolute ? null : $"against the {source} date {mainDate}";
        var others = expression.ResolveOthers(reference).ToList();
        // Days listed together are one fact (a two-day visit); months listed together are separate facts.
        if (expression.From.Day is null && others.Count > 0)
        {
            yield return new DatedFinding(date, text, expression.Start, expression.End, resolution, []);
            foreach (var other in others)
                yield return new DatedFinding(other, text, expression.Start, expression.End, resolution, []);
            yield break;
        }

        yield return new DatedFinding(date, text, expression.Start, expression.End, resolution, others);
    }

    // A report published on Wednesday about « mardi » is about Tuesday: the day its opening gives, in the week
    // before publication, is where it goes on a timeline. A day further back is background (« il y a un an »).
    private static DateOnly? DayOfTheLead(ArticleReading reading, List<DatedFinding> facts, DateOnly published)
    {
        var start = reading.Byline.PublishedStart;
        var leadStart = start >= 0 ? reading.Sentences.EndOf(start, reading.Content.Length) : 0;
        var leadEnd = leadStart + LeadLength;
        foreach (var fact in facts)
        {
            if (fact.Start < leadStart || fact.Start >= leadEnd || fact.Date.IsRange || fact.Date.Precision != DatePrecision.Day)
                continue;
            var day = fact.Date.Earliest;
            if (day < published && day >= published.AddDays(-LeadDaysBefore))
                return day;
        }

        return null;
    }

    // The article's own date when no publication date is printed: the first full day in its opening, else
    // the first day or month it gives; « depuis 2021 » and ranges are background, not what it is about.
    private static PartialDate? OwnDate(List<DateExpression> dates, int length)
    {
        PartialDate? firstMonth = null;
        foreach (var expression in dates)
        {
            if (!expression.IsAbsolute || expression.IsSince || expression.To is not null)
                continue;
            if (expression.Resolve(null) is not { } date || date.Precision == DatePrecision.Year)
                continue;
            if (date.Precision == DatePrecision.Day && expression.Start <= length / 3)
                return date;
            firstMonth ??= date;
        }

        return firstMonth;
    }

    // A dated sentence that names an event (« visite », « sommet »…) and matches no known event: for an editor to confirm.
    private IEnumerable<Candidate> CandidateEvents(ArticleReading reading, List<DatedFinding> facts, List<LinkedEntry> events)
    {
        var sentences = reading.Sentences;
        var knownDates = _world.Events.Where(e => events.Exists(linked => linked.Key == e.Key)).Select(e => e.Date).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var namesEvent = new Dictionary<int, bool>();
        foreach (var fact in facts)
        {
            if (fact.Date.Precision == DatePrecision.Year || fact.Date.IsRange && fact.Date.Start.Precision == DatePrecision.Year)
                continue;
            if (knownDates.Exists(d => EventLinker.FallsOn(fact.Date, d)))
                continue;
            var start = sentences.StartOf(fact.Start);
            var end = sentences.EndOf(fact.Start, reading.Content.Length);
            if (!reading.Mentions.Any(m => m.Start >= start && m.Start < end))
                continue;
            if (!namesEvent.TryGetValue(start, out var named))
            {
                var sentence = reading.FoldedContent[start..end];
                namesEvent[start] = named = EventNouns.Any(n => KeywordMatcher.Occurs(sentence, n));
            }

            if (!named)
                continue;
            var text = reading.Content[start..end].Trim();
            if (seen.Add(fact.Date + text))
                yield return new Candidate("event", text.Length > 120 ? text[..120] + "…" : text, fact.Text, start, end, fact.Date.ToString());
        }
    }
}
