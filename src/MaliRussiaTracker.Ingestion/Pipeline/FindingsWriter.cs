using System.Globalization;
using System.Text;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// Turns the engine's analysis into stored suggestions on an article: one mention per actor, place, event
/// and agreement (at its first occurrence), its dated facts and quotes, and the machine's candidates as
/// candidate actors and events for an editor. Findings an editor already decided are not suggested again.
/// </summary>
internal sealed class FindingsWriter(TrackerDbContext db, WorldSnapshot world, DateTimeOffset now)
{
    private readonly Dictionary<string, Actor> _candidateActors = new(StringComparer.Ordinal);
    // Slugs looked up and not found: a new candidate needs no second look.
    private readonly HashSet<string> _notStored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Event> _candidateEvents = new(StringComparer.Ordinal);
    // Slugs and keys an editor rejected as candidates: never proposed again. Like the misses, one set serves both.
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    /// <summary>Events and agreements whose sources changed, to be counted again.</summary>
    public HashSet<long> TouchedEvents { get; } = [];

    public HashSet<long> TouchedAgreements { get; } = [];

    /// <summary>
    /// The candidate events the articles mention, once saved (a new one has no id before): counted again too, or a
    /// candidate says « aucune source » above the articles that back it.
    /// </summary>
    public IEnumerable<long> SavedCandidateEvents => _candidateEvents.Values.Select(e => e.Id).Where(id => id != 0);

    /// <summary>
    /// Looks up, in one query each, the stored actors and events a chunk's candidates may already be, rather than
    /// one query per candidate as each article is written.
    /// </summary>
    public async Task LoadCandidatesAsync(IEnumerable<Candidate> candidates, CancellationToken cancellationToken)
    {
        var all = candidates.ToList();
        var slugs = all.Where(c => c.Kind != "event").Select(c => Slug(c.Name))
            .Where(s => s.Length > 0 && !world.ActorIds.ContainsKey(s) && !_candidateActors.ContainsKey(s) && !_notStored.Contains(s))
            .Distinct(StringComparer.Ordinal).ToList();
        if (slugs.Count > 0)
        {
            _rejected.UnionWith(await db.RejectedCandidates.Where(r => r.Kind == WorldEntryKind.Actor && slugs.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken));
            foreach (var actor in await db.Actors.Where(a => slugs.Contains(a.Slug)).ToListAsync(cancellationToken))
                _candidateActors[actor.Slug] = actor;
            _notStored.UnionWith(slugs.Where(s => !_candidateActors.ContainsKey(s)));
        }

        var keys = all.Where(c => c.Kind == "event").Select(c => EventKey(c)?.Key).OfType<string>()
            .Where(k => !_candidateEvents.ContainsKey(k) && !_notStored.Contains(k))
            .Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 0)
        {
            _rejected.UnionWith(await db.RejectedCandidates.Where(r => r.Kind == WorldEntryKind.Event && keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken));
            foreach (var ev in await db.Events.Where(e => keys.Contains(e.Key)).ToListAsync(cancellationToken))
                _candidateEvents[ev.Key] = ev;
            _notStored.UnionWith(keys.Where(k => !_candidateEvents.ContainsKey(k)));
        }
    }

    public async Task ApplyAsync(Article article, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        var reading = analysis.Reading;
        article.Language = analysis.Language;
        article.Relevance = analysis.RelevanceScore;
        if (article.RelevanceDecidedBy is null)
            article.IsRelevant = analysis.Relevant;
        article.Published ??= analysis.Published;
        article.Outlet ??= analysis.Outlet;
        article.Author ??= analysis.Author;
        article.MainDate = analysis.MainDate;
        article.Furniture = [.. analysis.Furniture.Select(f => new FurnitureSpan { Start = f.Start, End = f.End, Kind = f.Kind })];
        article.Fingerprint = reading.Fingerprint?.ToString();
        // The day of the news it tells (the lead's « jeudi », or what its story lends where it prints no date): the
        // month the timeline's chart counts it in, and where newcomers of those days meet it.
        article.OwnDay = (analysis.MainDate ?? reading.OwnDate)?.Earliest;
        article.Status = ArticleStatus.Analysed;
        article.StatusReason = null;
        article.AnalysedAt = now;

        var decided = Decided.Of(article);
        AddMentions(article, reading, decided);
        AddLinked(article, analysis, decided);
        AddDatedFacts(article, analysis, decided);
        AddQuotes(article, analysis, decided);
        await AddCandidatesAsync(article, analysis, decided, cancellationToken);
    }

    private void AddMentions(Article article, ArticleReading reading, Decided decided)
    {
        foreach (var mention in reading.Mentions.DistinctBy(m => (m.Target, m.Slug)))
        {
            var evidence = reading.Text[mention.Start..mention.End];
            if (mention.Target == AliasTarget.Actor && world.ActorIds.TryGetValue(mention.Slug, out var actorId) && !decided.Actors.Contains(actorId))
                article.Mentions.Add(new Mention { Kind = MentionKind.Actor, ActorId = actorId, Start = mention.Start, End = mention.End, Evidence = evidence });
            else if (mention.Target == AliasTarget.Place && world.PlaceIds.TryGetValue(mention.Slug, out var placeId) && !decided.Places.Contains(placeId))
                article.Mentions.Add(new Mention { Kind = MentionKind.Place, PlaceId = placeId, Start = mention.Start, End = mention.End, Evidence = evidence });
        }
    }

    private void AddLinked(Article article, ArticleAnalysis analysis, Decided decided)
    {
        foreach (var linked in analysis.Events)
        {
            if (!world.EventIds.TryGetValue(linked.Key, out var eventId))
                continue;
            TouchedEvents.Add(eventId);
            if (!decided.Events.Contains(eventId))
                article.Mentions.Add(new Mention { Kind = MentionKind.Event, EventId = eventId, Evidence = Shorten(linked.Evidence) });
        }

        foreach (var linked in analysis.Agreements)
        {
            if (!world.AgreementIds.TryGetValue(linked.Key, out var agreementId))
                continue;
            TouchedAgreements.Add(agreementId);
            if (!decided.Agreements.Contains(agreementId))
                article.Mentions.Add(new Mention { Kind = MentionKind.Agreement, AgreementId = agreementId, Evidence = Shorten(linked.Evidence) });
        }
    }

    private static void AddDatedFacts(Article article, ArticleAnalysis analysis, Decided decided)
    {
        foreach (var fact in analysis.DatedFacts.Where(f => !decided.Facts.Contains((f.Start, f.Date))))
            article.DatedFacts.Add(new DatedFact { Date = fact.Date, Text = Shorten(fact.Text, 500), Start = fact.Start, End = fact.End, Resolution = Shorten(fact.Resolution, 500) });
    }

    private void AddQuotes(Article article, ArticleAnalysis analysis, Decided decided)
    {
        foreach (var quote in analysis.Quotes.Where(q => !decided.Quotes.Contains(q.Start)))
        {
            long? speaker = quote.Speaker is { } slug && world.ActorIds.TryGetValue(slug, out var id) ? id : null;
            article.Quotes.Add(new Quote { Text = quote.Text, Start = quote.Start, End = quote.End, SpeakerId = speaker, SpeakerName = quote.SpeakerName });
        }
    }

    private async Task AddCandidatesAsync(Article article, ArticleAnalysis analysis, Decided decided, CancellationToken cancellationToken)
    {
        foreach (var candidate in analysis.Candidates)
        {
            if (candidate.Kind == "event")
            {
                if (await CandidateEventAsync(candidate, cancellationToken) is { } ev && (ev.Id == 0 || !decided.Events.Contains(ev.Id)))
                    article.Mentions.Add(new Mention { Kind = MentionKind.Event, Event = ev, Start = candidate.Start, End = candidate.End, Evidence = Shorten(candidate.Evidence) });
                continue;
            }

            // A place the world lacks is proposed in the analysis (mrt analyze); it is not stored as a candidate place
            // yet, and is no actor.
            if (candidate.Kind == "place")
                continue;

            if (await CandidateActorAsync(candidate, cancellationToken) is { } actor && (actor.Id == 0 || !decided.Actors.Contains(actor.Id)))
                article.Mentions.Add(new Mention { Kind = MentionKind.Actor, Actor = actor, Start = candidate.Start, End = candidate.End, Evidence = Shorten(candidate.Evidence) });
        }
    }

    // A candidate seen in several articles is one entry gathering their evidence, not one entry per article.
    private async Task<Actor?> CandidateActorAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var slug = Slug(candidate.Name);
        if (slug.Length == 0 || world.ActorIds.ContainsKey(slug) || _rejected.Contains(slug))
            return null;
        if (_candidateActors.TryGetValue(slug, out var known))
            return known.Status == EntryStatus.Candidate ? known : null;
        if (!_notStored.Contains(slug) && await IsRejectedAsync(WorldEntryKind.Actor, slug, cancellationToken))
            return null;
        var actor = (_notStored.Contains(slug) ? null : await db.Actors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken))
            ?? db.Actors.Add(new Actor
            {
                Slug = slug, Name = Shorten(candidate.Name, 300), Status = EntryStatus.Candidate, Description = Shorten(candidate.Evidence),
                Kind = candidate.Kind switch { "organisation" => ActorKind.Organisation, "state" => ActorKind.State, _ => ActorKind.Person },
            }).Entity;
        _candidateActors[slug] = actor;
        return actor.Status == EntryStatus.Candidate ? actor : null;
    }

    private async Task<Event?> CandidateEventAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        if (EventKey(candidate) is not { } named)
            return null;
        var key = named.Key;
        if (_rejected.Contains(key))
            return null;
        if (_candidateEvents.TryGetValue(key, out var known))
            return known;
        if (!_notStored.Contains(key) && await IsRejectedAsync(WorldEntryKind.Event, key, cancellationToken))
            return null;
        var ev = (_notStored.Contains(key) ? null : await db.Events.FirstOrDefaultAsync(e => e.Key == key, cancellationToken))
            ?? db.Events.Add(new Event { Key = key, Title = Shorten(candidate.Name, 1000), Date = named.Date, Status = EntryStatus.Candidate }).Entity;
        _candidateEvents[key] = ev;
        return ev;
    }

    // Only for a slug or key the chunk's look-up did not see (an article analysed again on its own).
    private async Task<bool> IsRejectedAsync(WorldEntryKind kind, string key, CancellationToken cancellationToken)
    {
        if (!await db.RejectedCandidates.AnyAsync(r => r.Kind == kind && r.Key == key, cancellationToken))
            return false;
        _rejected.Add(key);
        return true;
    }

    // Event keys and actor slugs never look alike ("candidate-…" against a name), so one set of misses serves both.
    private static (string Key, PartialDate Date)? EventKey(Candidate candidate)
    {
        if (!PartialDate.TryParse(candidate.Date, out var date, out _))
            return null;
        var key = $"candidate-{date}-{Slug(candidate.Name)}";
        return (key.Length > 150 ? key[..150] : key, date);
    }

    internal static string Slug(string name)
    {
        var text = CandidateSlug.Of(name);
        return text.Length > 90 ? text[..90].TrimEnd('-') : text;
    }

    private static string Shorten(string text) => Shorten(text, 2000);

    // To the column's length (DatedFact.Text 500, Event.Title 1000, …): PostgreSQL refuses a longer text, and with it the
    // whole article, where SQLite would keep it.
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Shorten(string? text, int column) => text is null || text.Length <= column ? text : string.Concat(text.AsSpan(0, column - 1), "…");

    /// <summary>What editors decided on an article: those targets get no new suggestion.</summary>
    private sealed record Decided(HashSet<long> Actors, HashSet<long> Places, HashSet<long> Events, HashSet<long> Agreements, HashSet<(int, PartialDate)> Facts, HashSet<int> Quotes)
    {
        public static Decided Of(Article article)
        {
            var mentions = article.Mentions.Where(m => m.State != ReviewState.Suggested).ToList();
            return new Decided(
                [.. mentions.Select(m => m.ActorId).OfType<long>()],
                [.. mentions.Select(m => m.PlaceId).OfType<long>()],
                [.. mentions.Select(m => m.EventId).OfType<long>()],
                [.. mentions.Select(m => m.AgreementId).OfType<long>()],
                [.. article.DatedFacts.Where(f => f.State != ReviewState.Suggested).Select(f => (f.Start, f.Date))],
                [.. article.Quotes.Where(q => q.State != ReviewState.Suggested).Select(q => q.Start)]);
        }
    }
}
