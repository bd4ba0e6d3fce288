using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Admin;

public sealed record ImportBatchRow(
    long Id, string FileName, ImportFormat Format, ImportBatchStatus Status, string? StartedBy, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    int Imported, int Duplicates, int Rejected, string? Error);

public sealed record ImportItemRow(int Position, string Reference, ImportOutcome Outcome, string? Reason, long? ArticleId, string? ArticleTitle);

public sealed record ImportItemPage(IReadOnlyList<ImportItemRow> Rows, int Total);

/// <summary>Batches as the admins' import page lists them, newest first, and one batch's items with what became of each.</summary>
public sealed class ImportBatchesQuery(IDbContextFactory<TrackerDbContext> contexts, Setup.IDatabaseProvider provider)
{
    public async Task<IReadOnlyList<ImportBatchRow>> RecentAsync(int most, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Rows(db, db.ImportBatches.OrderByDescending(b => b.StartedAt).ThenByDescending(b => b.Id).Take(most)).ToListAsync(cancellationToken);
        var shown = new List<ImportBatchRow>(rows.Count);
        foreach (var row in rows)
            shown.Add(await AsShownAsync(db, row, cancellationToken));
        return shown;
    }

    public async Task<ImportBatchRow?> GetAsync(long batchId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db, db.ImportBatches.Where(b => b.Id == batchId)).SingleOrDefaultAsync(cancellationToken) is { } row
            ? await AsShownAsync(db, row, cancellationToken)
            : null;
    }

    // Running is what the row says; whether an importer is still at it is the hold's to say.
    private async Task<ImportBatchRow> AsShownAsync(TrackerDbContext db, ImportBatchRow row, CancellationToken cancellationToken) =>
        row.Status == ImportBatchStatus.Running && !await provider.IsImportHeldAsync(db, row.Id, cancellationToken)
            ? row with { Status = ImportBatchStatus.Interrupted }
            : row;

    public async Task<ImportItemPage> ItemsAsync(long batchId, ImportOutcome? outcome, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = db.ImportItems.AsNoTracking().Where(i => i.ImportBatchId == batchId);
        if (outcome is { } wanted)
            items = items.Where(i => i.Outcome == wanted);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderBy(i => i.Position).Skip(Math.Max(skip, 0)).Take(take)
            .Select(i => new ImportItemRow(i.Position, i.Reference, i.Outcome, i.Reason, i.ArticleId, i.Article == null ? null : i.Article.Title))
            .ToListAsync(cancellationToken);
        return new ImportItemPage(rows, total);
    }

    private static IQueryable<ImportBatchRow> Rows(TrackerDbContext db, IQueryable<ImportBatch> batches) =>
        batches.AsNoTracking().Select(b => new ImportBatchRow(
            b.Id, b.FileName, b.Format, b.Status, b.StartedBy, b.StartedAt, b.FinishedAt,
            db.ImportItems.Count(i => i.ImportBatchId == b.Id && i.Outcome == ImportOutcome.Imported),
            db.ImportItems.Count(i => i.ImportBatchId == b.Id && i.Outcome == ImportOutcome.Duplicate),
            db.ImportItems.Count(i => i.ImportBatchId == b.Id && i.Outcome == ImportOutcome.Rejected),
            b.Error));
}
