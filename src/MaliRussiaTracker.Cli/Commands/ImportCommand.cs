using System.CommandLine;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Ingestion.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Cli.Commands;

internal static class ImportCommand
{
    private const int RejectionsShown = 20;

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A .jsonl, .csv or .zip file of articles." };
        var command = new Command("import", "Import a batch of articles; an interrupted import of the same file resumes where it stopped.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!path.Exists)
            {
                await context.Errors.WriteLineAsync($"mrt: {path.FullName} does not exist.");
                return 1;
            }

            await using var services = await context.BuildServicesOnCurrentSchemaAsync(cancellationToken);
            if (services is null)
                return 1;
            var progress = new TerminalProgress(context.Errors);
            ImportBatch batch;
            try
            {
                batch = await services.GetRequiredService<ImportService>().ImportAsync(path.FullName, Environment.UserName, progress, cancellationToken);
            }
            catch (BatchFileException e)
            {
                await context.Errors.WriteLineAsync($"mrt: {e.Message}");
                return 1;
            }

            await ReportAsync(context, services, batch, cancellationToken);
            return batch.Status == ImportBatchStatus.Completed ? 0 : 2;
        });
        return command;
    }

    /// <summary>
    /// Writes on the importer's own thread: <see cref="Progress{T}"/> would post to the thread pool, where a
    /// line could arrive after the command ended.
    /// </summary>
    private sealed class TerminalProgress(TextWriter errors) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            errors.WriteLine($"{value.Fraction:P0}  {value.Items:N0} item(s): {value.Imported:N0} imported, {value.Duplicates:N0} duplicate(s), {value.Rejected:N0} rejected");
    }

    private static async Task ReportAsync(CliContext context, IServiceProvider services, ImportBatch batch, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContextAsync(cancellationToken);
        var items = db.ImportItems.Where(i => i.ImportBatchId == batch.Id);
        var counts = await items.GroupBy(i => i.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        await context.Output.WriteLineAsync(
            $"Batch {batch.Id} ({batch.FileName}): {counts.GetValueOrDefault(ImportOutcome.Imported)} imported, " +
            $"{counts.GetValueOrDefault(ImportOutcome.Duplicate)} duplicate(s), {counts.GetValueOrDefault(ImportOutcome.Rejected)} rejected.");
        if (batch.Error is not null)
            await context.Output.WriteLineAsync($"{(batch.Status == ImportBatchStatus.Failed ? "Stopped" : "Note")}: {batch.Error}");
        var rejections = await items.Where(i => i.Outcome == ImportOutcome.Rejected).OrderBy(i => i.Position).Take(RejectionsShown).ToListAsync(cancellationToken);
        foreach (var rejection in rejections)
            await context.Output.WriteLineAsync($"  rejected {rejection.Reference}: {rejection.Reason}");
        var more = counts.GetValueOrDefault(ImportOutcome.Rejected) - rejections.Count;
        if (more > 0)
            await context.Output.WriteLineAsync($"  … and {more} more rejected item(s).");
    }
}
