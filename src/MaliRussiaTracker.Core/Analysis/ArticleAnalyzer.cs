using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Bylines;
using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Events;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Language;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Places;
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
        var byline = BylineReader.Read(whole, split);
        if (byline.PublishedDate is { } day && day.Earliest > DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime).AddDays(1))
            byline = byline with { Published = null, PublishedMonth = null, PublishedStart = -1 };
        // Only a page's date tells a picture of another day from one of its own news.
        if (byline.PublishedDate is { } printed)
            split = ArchiveCaptions.SetAside(split, printed.Earliest);
        var content = split.FoldedContent;

        var mentions = MentionFinder.Find(content, _world);
        if (byline.OutletStart >= 0)
            mentions = [.. mentions.Where(m => m.End <= byline.OutletStart || m.Start >= byline.OutletEnd)];
        var states = CountryFinder.Find(content, mentions, _world);
        mentions = CountryFinder.WithoutMentionsInside(mentions, states);
        var sentences = Sentences.Of(split.Content);
        var candidates = CandidateFinder.Find(split.Content, content.Folded, mentions);
        // Institutions may speak (« selon le ministère russe de la Défense »): they join before the quotes are read.
        candidates.AddRange(InstitutionFinder.Find(split.Content, mentions, slug => _world.KindOf(slug) == ActorKind.State)
            .Where(i => !candidates.Exists(c => c.Start < i.End && i.Start < c.End || c.Name == i.Name)));
        mentions = ShadowedRoles.Drop(split.Content, mentions, candidates);
        var dates = FrenchDateReader.Read(content.Folded);
        var relevance = RelevanceScorer.Score(content.Folded);
        var language = LanguageDetector.Detect(content.Folded);
        // A report that prints no date at all is dated by the known event it tells, where it tells one alone.
        var ownDate = byline.PublishedDate ?? MainDateChooser.OwnDate(dates, content.Folded)
            ?? (relevance.IsRelevant && !dates.Exists(d => d.IsAbsolute) ? EventLinker.TheUndatedEvent(_world, content.Folded, mentions)?.Date : null);
        var newStates = states.DistinctBy(s => s.Name).Where(s => !candidates.Exists(c => c.Name == s.Name)).ToList();
        return new ArticleReading
        {
            File = file,
            Encoding = "text",
            Text = normalised,
            Content = split.Content,
            FoldedContent = content.Folded,
            Furniture = split.Blocks,
            Language = language,
            Relevance = relevance,
            Byline = byline,
            Mentions = mentions,
            Dates = dates,
            Quotes = QuoteReader.Read(content, mentions, sentences, candidates, RoleSpeakers.Of(content.Folded, mentions, candidates, _world)),
            Sentences = sentences,
            // States join the candidates after the quotes and the fingerprint are read: a state is no speaker's
            // name and tells no story apart.
            Candidates = [.. candidates, .. newStates, .. PlaceCandidateFinder.Find(split.Content, content.Folded, mentions, [.. candidates, .. newStates])],
            OwnDate = ownDate,
            Fingerprint = FingerprintBuilder.Build(content.Folded, mentions, ownDate, sentences, candidates, split.Content, dates),
        };
    }

    /// <summary>
    /// The second step: dates resolved against the article's own date, else <paramref name="storyDate"/> (its
    /// story's news date, from the members that print one), then events and agreements linked.
    /// </summary>
    public ArticleAnalysis Complete(ArticleReading reading, PartialDate? storyDate = null, string? story = null)
    {
        if (reading.Error is not null)
            return new ArticleAnalysis { Reading = reading, Story = story };

        var mainDate = reading.OwnDate ?? storyDate;
        var source = reading.Byline.PublishedDate is not null ? "published" : reading.OwnDate is not null ? "article" : storyDate is not null ? "story" : null;
        var facts = ResolveDates(reading, mainDate, source);

        // The lead's day counts against a printed date, and against the story's where the text prints none (« ce jeudi
        // 28 décembre » in a report whose story is dated to December).
        var leadAnchor = reading.Byline.PublishedDate ?? (reading.OwnDate is null ? storyDate : null);
        if (leadAnchor is { } anchor && MainDateChooser.DayOfTheLead(reading, facts, anchor, reading.Byline.PublishedDate is null) is { } day)
        {
            mainDate = PartialDate.OfDay(day);
            source = "lead";
        }

        var dates = facts.Select(f => f.Date).ToList();
        // A page dated to the month alone (« 2025-06 ») does not point at one day's event of that month by itself:
        // only the dates its text gives do. An agreement's milestones are often months: there the month counts.
        var eventDates = dates.ToList();
        if (mainDate is { } main)
        {
            dates.Add(main);
            if (main.Precision == DatePrecision.Day || source != "published")
                eventDates.Add(main);
        }

        var events = reading.Relevance.IsRelevant ? EventLinker.LinkEvents(_world, reading.FoldedContent, reading.Mentions, eventDates, mainDate) : [];
        var agreements = reading.Relevance.IsRelevant ? EventLinker.LinkAgreements(_world, reading.FoldedContent, dates, reading.Mentions) : [];
        var candidates = reading.Candidates.ToList();
        if (reading.Relevance.IsRelevant)
            candidates.AddRange(EventCandidates.Find(_world, reading, facts, events));

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

    // Each date against the article's own time, except « la veille », « le lendemain », « deux mois plus tard »,
    // which count from the last calendar date printed before them (the article's own where none was).
    private static List<DatedFinding> ResolveDates(ArticleReading reading, PartialDate? mainDate, string? source)
    {
        DateAnchor? reference = mainDate is not { } main ? null : source == "story" ? DateAnchor.OfStory(main) : DateAnchor.Of(main);
        var against = $"the {source} date {mainDate}";
        var facts = new List<DatedFinding>();
        DatedFinding? previous = null;
        (int Year, int End)? printedYear = null;
        foreach (var expression in reading.Dates)
        {
            var found = expression.From.FromPrevious && previous is { } before
                ? DatedFindings.Of(reading.Content, expression, DateAnchor.Of(before.Date), $"the date before it {before.Date}")
                : reference is null && printedYear is { } year && InSentenceOf(reading.Content, year.End, expression.Start) && WithYear(expression, year.Year) is { } dated
                    ? DatedFindings.Of(reading.Content, dated, null, $"the year {year.Year} printed before it in its sentence")
                    : DatedFindings.Of(reading.Content, expression, reference, against);
            if (expression.IsAbsolute && (expression.To?.Year ?? expression.From.Year) is { } printed)
                printedYear = (printed, expression.End);
            var start = facts.Count;
            facts.AddRange(found);
            if ((expression.IsAbsolute || expression.From.IsCalendarDate) && !expression.From.FromPrevious && facts.Count > start)
                previous = facts[start];
        }

        return facts;
    }

    // « L'année 2025 a marqué une étape, avec la visite du 22 au 26 juin »: where nothing else anchors it, a day or month
    // printed without its year takes the year its own sentence printed before it. One printed in another sentence is
    // background, and is never taken.
    private static DateExpression? WithYear(DateExpression expression, int year)
    {
        if (expression.IsAbsolute || expression.From.Weekday is not null || expression.From.FromPrevious
            || !(expression.From.IsCalendarDate || expression.To?.IsCalendarDate == true))
            return null;
        return expression with
        {
            From = expression.From is { Year: null, Month: not null } first ? first with { Year = year } : expression.From,
            To = expression.To is { Year: null, Month: not null } last ? last with { Year = year } : expression.To,
        };
    }

    private static bool InSentenceOf(string content, int from, int to)
    {
        for (var i = from; i < to && i < content.Length; i++)
        {
            if (content[i] is '!' or '?' or '\n' || (content[i] == '.' && (i + 1 == content.Length || char.IsWhiteSpace(content[i + 1]))))
                return false;
        }

        return true;
    }
}
