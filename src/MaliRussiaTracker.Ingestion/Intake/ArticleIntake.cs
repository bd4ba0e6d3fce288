using System.Data.Common;
using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Outlets;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Data.Sourcing;
using MaliRussiaTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// The one door every article comes in by. It turns away an exact duplicate (same canonical URL or same text),
/// naming the article it duplicates; it has the engine read a new article, puts it in its story, and stores it
/// with its findings as suggestions and its events' sources counted again, all in one transaction with the
/// batch item it came from, so a crash can never leave one without the other.
/// </summary>
public sealed class ArticleIntake(
    IDbContextFactory<TrackerDbContext> contexts,
    IDatabaseProvider database,
    AnalysisEngine engine,
    StoryCandidates stories,
    ArticleReanalysis reanalysis,
    TimeProvider clock,
    IOptions<FieldLimits> fieldLimits,
    ILogger<ArticleIntake> logger)
{
    private const int ConflictAttempts = 3;

    public async Task<IntakeResult> SubmitAsync(ArticleSubmission submission, CancellationToken cancellationToken) =>
        (await SubmitAsync([new IntakeEntry(submission)], null, cancellationToken))[0];

    /// <summary>Reads and stores a chunk: <see cref="PrepareAsync"/> then the other <c>SubmitAsync</c>.</summary>
    public async Task<IReadOnlyList<IntakeResult>> SubmitAsync(IReadOnlyList<IntakeEntry> entries, Action<TrackerDbContext>? alsoSave, CancellationToken cancellationToken) =>
        await SubmitAsync(await PrepareAsync(entries, cancellationToken), alsoSave, SearchIndexing.WithTheArticle, cancellationToken);

    /// <summary>
    /// Has the engine read a chunk, on every core. Reading is the costly part and needs no database, so a batch
    /// reads its next chunk while the last one is being stored.
    /// </summary>
    public async Task<PreparedChunk> PrepareAsync(IReadOnlyList<IntakeEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
            ArgumentException.ThrowIfNullOrWhiteSpace(entry.Submission.Text, nameof(entries));
        var loaded = await engine.GetAsync(cancellationToken);
        // Fields checked at the door, before the engine reads anything: what the columns cannot hold is refused (a
        // title shortened), the same on every provider.
        var limits = fieldLimits.Value;
        var checkedEntries = entries.Select((e, index) => (Index: index, Entry: e, Check: ArticleFields.Check(e.Submission, limits))).ToList();
        var refused = checkedEntries.Where(c => c.Check.Rejection is not null).Select(c => new RefusedEntry(c.Index, c.Entry, c.Check.Rejection!)).ToList();
        var prepared = checkedEntries.Where(c => c.Check.Rejection is null).AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(c => Prepare(c.Entry with { Submission = c.Check.Submission! }, c.Index, c.Check.Note, loaded.Analyzer)).ToList();
        return new PreparedChunk(loaded, prepared, refused);
    }

    /// <summary>
    /// Stores a chunk in one transaction, with whatever <paramref name="alsoSave"/> adds to it (a batch's
    /// progress). Should another writer store one of the same articles meanwhile, the chunk is taken again
    /// one entry at a time, and the unique indexes decide. With <see cref="SearchIndexing.ByTheCaller"/>, the
    /// caller gives the stored articles to <see cref="ArticleSearchIndex.AddAsync"/> (those stored one at a time
    /// are indexed already; indexing them again changes nothing).
    /// </summary>
    public async Task<IReadOnlyList<IntakeResult>> SubmitAsync(PreparedChunk chunk, Action<TrackerDbContext>? alsoSave, SearchIndexing indexing, CancellationToken cancellationToken)
    {
        var prepared = chunk.Entries;
        void SaveRefusedAndMore(TrackerDbContext db)
        {
            db.ImportItems.AddRange(chunk.Refused.Where(r => r.Entry.Item is not null).Select(r => RejectedItem(r.Entry.Item!, r.Reason)));
            alsoSave?.Invoke(db);
        }

        IReadOnlyList<IntakeResult> stored;
        try
        {
            stored = await StoreAsync(prepared, chunk.Engine, SaveRefusedAndMore, indexing, cancellationToken);
        }
        catch (Exception e) when ((MetAnotherWriter(e) || DatabaseErrors.IsDataError(e)) && !cancellationToken.IsCancellationRequested)
        {
            // A concurrent writer's row, or one entry the database refuses: either way the chunk is taken again one entry
            // at a time, so the others are stored and the one refused ends rejected with the database's reason.
            logger.LogDebug(e, "A chunk of {Count} article(s) was refused whole; storing it one by one", prepared.Count);
            var results = new List<IntakeResult>(prepared.Count);
            foreach (var entry in prepared)
                results.Add(await StoreAloneAsync(entry, chunk.Engine, cancellationToken));
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            SaveRefusedAndMore(db);
            await db.SaveChangesAsync(cancellationToken);
            stored = results;
        }

        // In the order given: the stored and the refused, each where it came.
        var all = new IntakeResult[prepared.Count + chunk.Refused.Count];
        foreach (var refused in chunk.Refused)
            all[refused.Index] = new IntakeResult(IntakeOutcome.Rejected, 0, refused.Reason);
        for (var i = 0; i < prepared.Count; i++)
            all[prepared[i].Index] = stored[i];
        return all;
    }

    private static ImportItem RejectedItem(BatchPosition position, string reason) => new()
    {
        ImportBatchId = position.BatchId, Position = position.Position, Reference = ImportItemText.Reference(position.Reference),
        Outcome = ImportOutcome.Rejected, Reason = ImportItemText.Reason(reason),
    };

    private static PreparedEntry Prepare(IntakeEntry entry, int index, string? note, ArticleAnalyzer analyzer)
    {
        var submission = entry.Submission;
        var reading = analyzer.Read(submission.Url ?? entry.Item?.Reference ?? "submission", submission.Text);
        var text = reading.Error is null ? reading.Text : submission.Text.ReplaceLineEndings("\n");
        return new PreparedEntry(entry, reading, text, ContentKeys.HashText(text), ContentKeys.CanonicalUrl(submission.Url), index, note);
    }

    private async Task<IReadOnlyList<IntakeResult>> StoreAsync(List<PreparedEntry> entries, LoadedEngine loaded, Action<TrackerDbContext>? alsoSave, SearchIndexing indexing, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (indexing == SearchIndexing.ByTheCaller)
            await database.DeferSearchIndexAsync(db, cancellationToken);
        var known = await KnownArticles.LoadAsync(db, entries, cancellationToken);
        var assigner = await StoryAssigner.StartAsync(db, stories, clock, [.. entries.Select(e => e.Reading)], cancellationToken);
        var findings = new FindingsWriter(db, loaded.World, clock.GetUtcNow());
        var outlets = new OutletAssigner(db, loaded.World);
        var rows = new ChunkRows();
        var outcomes = new List<Func<IntakeResult>>();
        var analysed = new List<(Article Article, ArticleAnalysis? Analysis)>();
        var outletClues = new List<(Article Article, OutletClues Clues)>();
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            if (known.Find(entry) is { } duplicate)
            {
                rows.AddItem(entry, ImportOutcome.Duplicate, duplicate.Reason, duplicate.Article, duplicate.ArticleId);
                outcomes.Add(() => new IntakeResult(IntakeOutcome.Duplicate, duplicate.Article?.Id ?? duplicate.ArticleId, duplicate.Reason));
                continue;
            }

            var article = NewArticle(entry);
            outletClues.Add((article, Clues(article, entry)));
            if (entry.Reading.Error is { } error)
            {
                article.Status = ArticleStatus.Failed;
                article.StatusReason = error;
                analysed.Add((article, null));
            }
            else
            {
                article.Story = await assigner.AssignAsync(db, index, entry.Reading, entry.Hash, article.Title, cancellationToken);
                var analysis = loaded.Analyzer.Complete(entry.Reading, article.Story.MainDate, article.Story.Key);
                assigner.LearnNewsDate(index, article.Story, analysis);
                analysed.Add((article, analysis));
            }

            rows.AddItem(entry, ImportOutcome.Imported, entry.Note, article, 0);
            known.Add(entry, article);
            outcomes.Add(() => new IntakeResult(IntakeOutcome.Stored, article.Id));
        }

        await outlets.AssignAsync(outletClues, cancellationToken);
        // Findings once every story is known, so the candidates of the whole chunk are looked up together.
        await findings.LoadCandidatesAsync(analysed.SelectMany(a => a.Analysis?.Candidates ?? []), cancellationToken);
        foreach (var (article, analysis) in analysed)
        {
            if (analysis is not null)
                await findings.ApplyAsync(article, analysis, cancellationToken);
            rows.TakeFindings(article);
        }

        alsoSave?.Invoke(db);
        // The few tracked changes by EF Core (stored stories that learned a date or title, new candidates, what
        // alsoSave added), then the many new rows by the provider's bulk road, each set after the keys it points to:
        // new stories, articles, then their findings and item results.
        await db.SaveChangesAsync(cancellationToken);
        outlets.TakeCandidateIds();
        // Left tracked, each of the chunk's rows would be compared with its snapshot again at the next save, for nothing.
        db.ChangeTracker.Clear();
        await database.InsertManyWithKeysAsync(db, [.. analysed.Select(a => a.Article.Story).OfType<Story>().Where(s => s.Id == 0).Distinct()], cancellationToken);
        var articles = analysed.ConvertAll(a => a.Article);
        foreach (var article in articles)
        {
            // The bulk road reads keys, not navigations.
            article.StoryId = article.Story?.Id;
            article.Story = null;
        }

        await database.InsertManyWithKeysAsync(db, articles, cancellationToken);
        await rows.InsertAsync(db, database, cancellationToken);
        await CorroborationCounter.RecountAsync(db, [.. findings.TouchedEvents.Union(findings.SavedCandidateEvents)], findings.TouchedAgreements, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var (fingerprint, story) in assigner.Added)
            stories.Remember(fingerprint, story.Id);
        await DateUndatedMembersAsync(assigner.StoriesThatGainedADate, cancellationToken);
        return [.. outcomes.Select(o => o())];
    }

    // An article with no date of its own came before any member of its story gave one: now the story has one,
    // its relative dates and main date can be resolved.
    private async Task DateUndatedMembersAsync(IEnumerable<Story> stories, CancellationToken cancellationToken)
    {
        var ids = stories.Select(s => s.Id).ToList();
        if (ids.Count == 0)
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var undated = await db.Articles.Where(a => a.StoryId != null && ids.Contains(a.StoryId.Value) && a.MainDate == null)
            .Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var id in undated)
            await reanalysis.ReanalyseAsync(id, cancellationToken);
    }

    private async Task<IntakeResult> StoreAloneAsync(PreparedEntry entry, LoadedEngine loaded, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (entry.Entry.Item is { } position)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (await db.ImportItems.AnyAsync(i => i.ImportBatchId == position.BatchId && i.Position == position.Position, cancellationToken))
                    return new IntakeResult(IntakeOutcome.AlreadyRecorded, 0);
            }

            try
            {
                return (await StoreAsync([entry], loaded, null, SearchIndexing.WithTheArticle, cancellationToken))[0];
            }
            catch (Exception e) when (MetAnotherWriter(e) && !DatabaseErrors.IsDataError(e) && attempt < ConflictAttempts && !cancellationToken.IsCancellationRequested)
            {
                // Stored by another writer between our look and our insert: the next look finds it and says whose it is.
            }
            catch (Exception e) when ((DatabaseErrors.IsDataError(e) || MetAnotherWriter(e)) && !cancellationToken.IsCancellationRequested)
            {
                // Whatever one entry does, it ends rejected with the database's reason rather than failing its chunk.
                var reason = ImportReasons.DatabaseRefused.Format(DatabaseErrors.Describe(e));
                logger.LogWarning("Article {Reference} refused by the database: {Reason}", entry.Entry.Item?.Reference ?? entry.Entry.Submission.Url, reason);
                if (entry.Entry.Item is { } item)
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    db.ImportItems.Add(RejectedItem(item, reason));
                    await db.SaveChangesAsync(cancellationToken);
                }

                return new IntakeResult(IntakeOutcome.Rejected, 0, reason);
            }
        }
    }

    // A unique index refused a row, or the database gave up one of two writers waiting on each other (a deadlock,
    // as two imports of one file can make: each holds a row the other inserts or updates) and rolled it back; EF
    // Core may hand the latter over wrapped. Either way nothing of the transaction is left, and taking the entries
    // again settles it.
    private static bool MetAnotherWriter(Exception e) =>
        e is DbUpdateException || (e as DbException ?? e.InnerException as DbException) is { SqlState: DeadlockDetected or SerializationFailure };

    private const string DeadlockDetected = "40P01";
    private const string SerializationFailure = "40001";

    private static OutletClues Clues(Article article, PreparedEntry entry) => new()
    {
        Url = article.Url, GivenName = article.Outlet, Title = article.Title, Text = entry.Text,
        TextName = entry.Reading.Error is null ? entry.Reading.Byline.Outlet : null,
    };

    private Article NewArticle(PreparedEntry entry)
    {
        var submission = entry.Entry.Submission;
        return new Article
        {
            Url = submission.Url,
            CanonicalUrl = entry.CanonicalUrl,
            ContentHash = entry.Hash,
            Title = submission.Title,
            Outlet = submission.Outlet,
            Author = submission.Author,
            Published = submission.Published,
            RawText = submission.Raw ?? submission.Text,
            Charset = submission.Charset,
            CharsetLabelOverruled = submission.CharsetLabelOverruled,
            TextFromFeed = submission.TextFromFeed,
            CleanText = entry.Text,
            Status = ArticleStatus.Pending,
            ReceivedAt = clock.GetUtcNow(),
            // What SaveChanges stamps on an article it adds; the bulk road does not go through it.
            Version = Guid.NewGuid(),
            ImportBatchId = entry.Entry.Item?.BatchId,
        };
    }

}

/// <summary>A chunk the engine has read, waiting to be stored; it keeps the engine it was read with.</summary>
public sealed class PreparedChunk
{
    internal PreparedChunk(LoadedEngine engine, List<PreparedEntry> entries, List<RefusedEntry> refused)
    {
        Engine = engine;
        Entries = entries;
        Refused = refused;
    }

    public int Count => Entries.Count + Refused.Count;

    internal LoadedEngine Engine { get; }

    internal List<PreparedEntry> Entries { get; }

    /// <summary>Entries refused at the door (a field the columns cannot hold), with their place in the chunk.</summary>
    internal List<RefusedEntry> Refused { get; }
}

/// <param name="Index">Its place in the chunk as given.</param>
/// <param name="Note">What the door changed (a title shortened), kept as the item's reason.</param>
internal sealed record PreparedEntry(IntakeEntry Entry, ArticleReading Reading, string Text, string Hash, string? CanonicalUrl, int Index, string? Note);

internal sealed record RefusedEntry(int Index, IntakeEntry Entry, string Reason);
