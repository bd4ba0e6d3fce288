using System.Text;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// The one door every article comes in by: it stores a new article as pending for the engine and turns away
/// an exact duplicate (same canonical URL or same text), naming the article it duplicates. A batch item's
/// result is stored in the same transaction as its article, so a crash can never leave one without the other.
/// </summary>
public sealed class ArticleIntake(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock, ILogger<ArticleIntake> logger)
{
    public async Task<IntakeResult> SubmitAsync(ArticleSubmission submission, CancellationToken cancellationToken) =>
        (await SubmitAsync([new IntakeEntry(submission)], null, cancellationToken))[0];

    /// <summary>
    /// Stores a chunk in one transaction, with whatever <paramref name="alsoSave"/> adds to it (a batch's
    /// progress). Should another writer store one of the same articles meanwhile, the chunk is taken again
    /// one entry at a time, and the unique indexes decide.
    /// </summary>
    public async Task<IReadOnlyList<IntakeResult>> SubmitAsync(IReadOnlyList<IntakeEntry> entries, Action<TrackerDbContext>? alsoSave, CancellationToken cancellationToken)
    {
        var prepared = entries.Select(Prepare).ToList();
        try
        {
            return await StoreTogetherAsync(prepared, alsoSave, cancellationToken);
        }
        catch (DbUpdateException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(e, "A chunk of {Count} article(s) met a concurrent writer; storing it one by one", prepared.Count);
            var results = new List<IntakeResult>(prepared.Count);
            foreach (var entry in prepared)
                results.Add(await StoreAloneAsync(entry, cancellationToken));
            if (alsoSave is not null)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                alsoSave(db);
                await db.SaveChangesAsync(cancellationToken);
            }

            return results;
        }
    }

    private static PreparedEntry Prepare(IntakeEntry entry)
    {
        var submission = entry.Submission;
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.Text, nameof(entry));
        var text = submission.Text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n");
        return new PreparedEntry(entry, text, ContentKeys.HashText(text), ContentKeys.CanonicalUrl(submission.Url));
    }

    private async Task<IReadOnlyList<IntakeResult>> StoreTogetherAsync(List<PreparedEntry> entries, Action<TrackerDbContext>? alsoSave, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var known = await KnownArticles.LoadAsync(db, entries, cancellationToken);
        var added = new List<(Article Article, ImportItem? Item, PreparedEntry Entry)>();
        var outcomes = new List<Func<IntakeResult>>();
        foreach (var entry in entries)
        {
            if (known.Find(entry) is { } duplicate)
            {
                var item = RecordItem(db, entry, ImportOutcome.Duplicate, duplicate.Reason);
                if (duplicate.Article is { } sameChunk)
                    item?.Article = sameChunk;
                else if (item is not null)
                    item.ArticleId = duplicate.ArticleId;
                outcomes.Add(() => new IntakeResult(IntakeOutcome.Duplicate, duplicate.Article?.Id ?? duplicate.ArticleId, duplicate.Reason));
                continue;
            }

            var article = NewArticle(entry);
            db.Articles.Add(article);
            var stored = RecordItem(db, entry, ImportOutcome.Imported, null);
            stored?.Article = article;
            known.Add(entry, article);
            outcomes.Add(() => new IntakeResult(IntakeOutcome.Stored, article.Id));
        }

        alsoSave?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. outcomes.Select(o => o())];
    }

    private async Task<IntakeResult> StoreAloneAsync(PreparedEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (entry.Entry.Item is { } position
            && await db.ImportItems.AnyAsync(i => i.ImportBatchId == position.BatchId && i.Position == position.Position, cancellationToken))
            return new IntakeResult(IntakeOutcome.AlreadyRecorded, 0);

        var known = await KnownArticles.LoadAsync(db, [entry], cancellationToken);
        if (known.Find(entry) is { } duplicate)
        {
            RecordItem(db, entry, ImportOutcome.Duplicate, duplicate.Reason)?.ArticleId = duplicate.ArticleId;
            await db.SaveChangesAsync(cancellationToken);
            return new IntakeResult(IntakeOutcome.Duplicate, duplicate.ArticleId, duplicate.Reason);
        }

        var article = NewArticle(entry);
        db.Articles.Add(article);
        RecordItem(db, entry, ImportOutcome.Imported, null)?.Article = article;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IntakeResult(IntakeOutcome.Stored, article.Id);
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stored by another writer between our look and our insert: the unique index said no; say whose it is.
            return await StoreAloneAsync(entry, cancellationToken);
        }
    }

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
            CleanText = entry.Text,
            Status = ArticleStatus.Pending,
            ReceivedAt = clock.GetUtcNow(),
            ImportBatchId = entry.Entry.Item?.BatchId,
        };
    }

    private static ImportItem? RecordItem(TrackerDbContext db, PreparedEntry entry, ImportOutcome outcome, string? reason)
    {
        if (entry.Entry.Item is not { } position)
            return null;
        var item = new ImportItem { ImportBatchId = position.BatchId, Position = position.Position, Reference = position.Reference, Outcome = outcome, Reason = reason };
        db.ImportItems.Add(item);
        return item;
    }
}

internal sealed record PreparedEntry(IntakeEntry Entry, string Text, string Hash, string? CanonicalUrl);
