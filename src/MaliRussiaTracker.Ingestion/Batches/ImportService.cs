using System.Security.Cryptography;
using System.Threading.Channels;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Pages;
using MaliRussiaTracker.Ingestion.Pages.Extraction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>
/// Imports a JSONL, CSV or ZIP file as a batch, streaming it, and records each item's result with its article
/// in one transaction per chunk. The batch's state lives in the database: an import interrupted (cancelled, or
/// the process gone) resumes where its last chunk ended when the same file is imported again.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<TrackerDbContext> contexts,
    ArticleIntake intake,
    ArticleSearchIndex searchIndex,
    IDatabaseProvider database,
    BoundedExtraction extraction,
    IOptions<BatchLimits> limits,
    TimeProvider clock,
    ILogger<ImportService> logger)
{
    /// <summary>How many items go in one transaction: fewer round trips, and at most this many redone after a crash.</summary>
    public const int ChunkSize = 100;

    // Chunks read and waiting for the store: one keeps the cores busy while the database works, more only costs memory.
    private const int ChunksReadAhead = 1;

    public async Task<ImportBatch> ImportAsync(string path, string? startedBy, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var format = BatchFormats.FromFileName(path);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        file.Position = 0;

        var (batch, hold) = await ClaimOrCreateBatchAsync(Path.GetFileName(path), format, hash, file.Length, startedBy, cancellationToken);
        // The batch is this importer's while it holds it, and no longer: killed, its hold goes with its process, and
        // the next import of the file resumes the batch at once.
        await using var held = hold;
        // An import stopped halfway may have stored a chunk it had not yet indexed for search.
        await searchIndex.CatchUpAsync(cancellationToken);
        var counts = await CountsAsync(batch.Id, cancellationToken);
        // Said at once, before the first chunk: whoever started the import learns its batch's id without waiting for a chunk.
        progress?.Report(new ImportProgress(batch.Id, 0, file.Length, counts.Imported + counts.Duplicates + counts.Rejected, counts.Imported, counts.Duplicates, counts.Rejected));
        logger.LogInformation("Importing {File} as batch {BatchId} from item {Position}", path, batch.Id, batch.LastPosition + 1);
        try
        {
            var note = await ReadAllAsync(file, format, batch, counts, progress, cancellationToken);
            await FinishAsync(batch.Id, ImportBatchStatus.Completed, note, cancellationToken);
        }
        catch (BatchFileException e)
        {
            logger.LogWarning("Batch {BatchId} ({File}) could not be read further: {Reason}", batch.Id, path, e.Message);
            await FinishAsync(batch.Id, ImportBatchStatus.Failed, e.Message, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Let the next import of this file resume the batch at once rather than wait for it to go stale.
            await ReleaseAsync(batch.Id);
            throw;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == batch.Id, cancellationToken);
    }

    private async Task<string?> ReadAllAsync(FileStream file, ImportFormat format, ImportBatch batch, Counts counts, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await RefuseWhatIsNotABatchAsync(file, format, cancellationToken);
        var csv = format == ImportFormat.Csv ? new CsvBatchReader(limits.Value, clock) : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var items = format switch
        {
            ImportFormat.Jsonl => new JsonlBatchReader(limits.Value, clock).ReadAsync(file, stop.Token),
            ImportFormat.Csv => csv!.ReadAsync(file, stop.Token),
            _ => new ZipBatchReader(limits.Value, clock).ReadAsync(file, stop.Token),
        };
        // The engine reads the next chunk on the cores while the database stores this one; a chunk read ahead
        // and not stored when the import stops is simply read again when it resumes.
        var ready = Channel.CreateBounded<ReadChunk>(new BoundedChannelOptions(ChunksReadAhead) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadChunksAsync(items, file, batch, ready.Writer, stop.Token), stop.Token);
        // A stored chunk is indexed for search on another connection while the next one is stored: the server
        // computes each text's search vector on the other core. One chunk in flight at most.
        var indexing = Task.CompletedTask;
        try
        {
            await foreach (var chunk in ready.Reader.ReadAllAsync(cancellationToken))
            {
                var stored = await StoreChunkAsync(batch, chunk, counts, file.Length, progress, cancellationToken);
                await indexing;
                indexing = searchIndex.AddAsync(stored, cancellationToken);
            }

            await indexing;
            // A fatal error in the file surfaces here, once everything read before it is stored.
            await reading;
        }
        finally
        {
            // Left unindexed by a stop, a chunk is indexed by the next import or the worker's start.
            await indexing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            if (!reading.IsCompleted)
            {
                await stop.CancelAsync();
                // The reader must let go of the file before it is closed; what it throws on the way out is not news.
                await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        return csv?.EncodingNote;
    }

    // One clear message for the file, instead of a batch that completes with nothing said or a rejection per line.
    private static async Task RefuseWhatIsNotABatchAsync(FileStream file, ImportFormat format, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
            throw new BatchFileException(ImportReasons.FileEmpty.Format());
        if (format == ImportFormat.Zip)
            return;
        var start = new byte[(int)Math.Min(file.Length, 8192)];
        await file.ReadExactlyAsync(start, cancellationToken);
        file.Position = 0;
        var utf16 = start is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (!utf16 && Array.IndexOf(start, (byte)0) >= 0)
            throw new BatchFileException(ImportReasons.FileNotText.Format(format.ToString().ToUpperInvariant()));
        if (start.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') && file.Length <= start.Length)
            throw new BatchFileException(ImportReasons.FileBlank.Format());
    }

    private async Task ReadChunksAsync(IAsyncEnumerable<BatchItem> items, FileStream file, ImportBatch batch, ChannelWriter<ReadChunk> ready, CancellationToken cancellationToken)
    {
        var chunk = new List<BatchItem>(ChunkSize);
        try
        {
            await foreach (var item in items.WithCancellation(cancellationToken))
            {
                if (item.Position <= batch.LastPosition)
                    continue;
                chunk.Add(item);
                if (chunk.Count == ChunkSize)
                {
                    await ready.WriteAsync(await ReadChunkAsync(batch, chunk, file.Position, cancellationToken), cancellationToken);
                    chunk = new List<BatchItem>(ChunkSize);
                }
            }
        }
        finally
        {
            try
            {
                // What was read before a fatal error in the file is still imported.
                if (chunk.Count > 0 && !cancellationToken.IsCancellationRequested)
                    await ready.WriteAsync(await ReadChunkAsync(batch, chunk, file.Position, cancellationToken), cancellationToken);
            }
            finally
            {
                ready.Complete();
            }
        }
    }

    private async Task<ReadChunk> ReadChunkAsync(ImportBatch batch, List<BatchItem> chunk, long filePosition, CancellationToken cancellationToken)
    {
        var articles = chunk.Where(i => i.Article is not null).Select(i => new IntakeEntry(ToSubmission(i.Article!), new BatchPosition(batch.Id, i.Position, i.Reference))).ToList();
        var rejected = chunk.Where(i => i.Article is null).ToList();
        return new ReadChunk(await intake.PrepareAsync(articles, cancellationToken), rejected, chunk[^1].Position, filePosition);
    }

    /// <summary>Stores a chunk with its items' results and the batch's progress; returns the articles it stored.</summary>
    private async Task<List<long>> StoreChunkAsync(ImportBatch batch, ReadChunk chunk, Counts counts, long fileLength, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var results = await intake.SubmitAsync(chunk.Articles, db =>
        {
            db.ImportItems.AddRange(chunk.Rejected.Select(r => new ImportItem { ImportBatchId = batch.Id, Position = r.Position, Reference = ImportItemText.Reference(r.Reference), Outcome = ImportOutcome.Rejected,
                Reason = ImportItemText.Reason(r.Rejection!) }));
            var row = db.ImportBatches.Attach(new ImportBatch { Id = batch.Id, FileName = batch.FileName, LastPosition = chunk.LastPosition, HeartbeatAt = now });
            row.Property(b => b.LastPosition).IsModified = true;
            row.Property(b => b.HeartbeatAt).IsModified = true;
        }, SearchIndexing.ByTheCaller, cancellationToken);

        batch.LastPosition = chunk.LastPosition;
        counts.Imported += results.Count(r => r.Outcome == IntakeOutcome.Stored);
        counts.Duplicates += results.Count(r => r.Outcome == IntakeOutcome.Duplicate);
        counts.Rejected += chunk.Rejected.Count + results.Count(r => r.Outcome == IntakeOutcome.Rejected);
        progress?.Report(new ImportProgress(batch.Id, chunk.FilePosition, fileLength, counts.Imported + counts.Duplicates + counts.Rejected, counts.Imported, counts.Duplicates, counts.Rejected));
        return [.. results.Where(r => r.Outcome == IntakeOutcome.Stored).Select(r => r.ArticleId)];
    }

    /// <summary>An item as the intake takes it: given text as it is, HTML through the same extraction as a fetched page.</summary>
    private ArticleSubmission ToSubmission(BatchArticle article)
    {
        if (article.Text is { } text)
            return new ArticleSubmission(text) { Url = article.Url, Title = article.Title, Outlet = article.Outlet, Published = article.Published, Raw = article.Html };

        var page = Uri.TryCreate(article.Url, UriKind.Absolute, out var url) ? url : BatchItemBase;
        // In this process, bounded: an admin's own file, read at import speed (a process exchange per item would halve it).
        var extracted = extraction.Extract(article.Html!, page) is ArticleExtracted { Article: var read } ? read : new ExtractedArticle("", null, null, null, null, null);
        return new ArticleSubmission(extracted.Text)
        {
            Url = article.Url,
            Title = article.Title ?? extracted.Title,
            Outlet = article.Outlet ?? extracted.SiteName,
            Author = extracted.Author,
            Published = article.Published ?? (extracted.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null),
            Raw = article.Html,
        };
    }

    // Relative links in an item's HTML resolve against something harmless when the item names no URL.
    private static readonly Uri BatchItemBase = new("urn:mrt:batch-item");

    private async Task<(ImportBatch Batch, IAsyncDisposable Hold)> ClaimOrCreateBatchAsync(string fileName, ImportFormat format, string hash, long size, string? startedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await db.ImportBatches.AsNoTracking()
            .Where(b => b.FileHash == hash && b.Status == ImportBatchStatus.Running)
            .OrderBy(b => b.Id)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            // One a live importer holds is left to it; one nobody holds (its importer stopped or was killed) is resumed.
            if (await database.TryHoldImportAsync(db, candidate, cancellationToken) is not { } hold)
                continue;
            var now = clock.GetUtcNow();
            // Still running once held: it may have ended between the look and the hold.
            var claimed = await db.ImportBatches.Where(b => b.Id == candidate && b.Status == ImportBatchStatus.Running)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.HeartbeatAt, now), cancellationToken);
            if (claimed == 1)
                return (await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == candidate, cancellationToken), hold);
            await hold.DisposeAsync();
        }

        while (true)
        {
            var now = clock.GetUtcNow();
            var batch = new ImportBatch
            {
                FileName = fileName, Format = format, Status = ImportBatchStatus.Running, StartedBy = startedBy,
                FileHash = hash, FileSize = size, StartedAt = now, HeartbeatAt = now,
            };
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);
            // Another import of the file could take a batch between its insert and its hold: it then goes on with it.
            if (await HoldNewBatchAsync(db, batch.Id, cancellationToken) is { } hold)
                return (batch, hold);
            db.ChangeTracker.Clear();
        }
    }

    private const int NewBatchHoldTries = 5;
    private static readonly TimeSpan NewBatchHoldPause = TimeSpan.FromMilliseconds(50);

    // A page that asks whether a batch is held probes its hold for an instant (on SQLite, by opening the lock file):
    // a probe at the moment the importer takes the hold of the batch it has just created must not make it leave
    // that batch running with nobody at it. A hold another importer really keeps stays kept through the tries.
    private async Task<IAsyncDisposable?> HoldNewBatchAsync(TrackerDbContext db, long batchId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await database.TryHoldImportAsync(db, batchId, cancellationToken) is { } hold)
                return hold;
            if (attempt == NewBatchHoldTries)
                return null;
            await Task.Delay(NewBatchHoldPause, cancellationToken);
        }
    }

    private async Task<Counts> CountsAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var byOutcome = await db.ImportItems.Where(i => i.ImportBatchId == batchId)
            .GroupBy(i => i.Outcome).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new Counts
        {
            Imported = byOutcome.GetValueOrDefault(ImportOutcome.Imported),
            Duplicates = byOutcome.GetValueOrDefault(ImportOutcome.Duplicate),
            Rejected = byOutcome.GetValueOrDefault(ImportOutcome.Rejected),
        };
    }

    private async Task FinishAsync(long batchId, ImportBatchStatus status, string? error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.ImportBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(set => set
            .SetProperty(b => b.Status, status)
            .SetProperty(b => b.FinishedAt, now)
            .SetProperty(b => b.HeartbeatAt, (DateTimeOffset?)null)
            .SetProperty(b => b.Error, error), cancellationToken);
    }

    private async Task ReleaseAsync(long batchId)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await db.ImportBatches.Where(b => b.Id == batchId)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.HeartbeatAt, (DateTimeOffset?)null), CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "Could not release batch {BatchId}; it will be taken over once stale", batchId);
        }
    }

    /// <summary>A chunk of the file as the engine read it, with its rejected items and where it ends.</summary>
    private sealed record ReadChunk(PreparedChunk Articles, List<BatchItem> Rejected, int LastPosition, long FilePosition);

    private sealed class Counts
    {
        public int Imported { get; set; }
        public int Duplicates { get; set; }
        public int Rejected { get; set; }
    }
}
