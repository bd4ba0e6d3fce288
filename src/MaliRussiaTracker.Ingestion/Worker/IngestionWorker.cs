using System.Data.Common;
using System.Threading.Channels;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Worker;

/// <summary>
/// Shaped like miniflux's: one loop claims the feeds and pages that are due (a claim no other instance can
/// share) and hands them to a bounded channel that a few consumers drain. All state is in the database, so
/// stopping it anywhere loses nothing; while the database does not answer, it waits, longer each time, and
/// tries again.
/// </summary>
public sealed class IngestionWorker(
    IServiceProvider services,
    IDbContextFactory<TrackerDbContext> contexts,
    IDatabaseProvider provider,
    ArticleSearchIndex searchIndex,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    WorkerHeartbeat heartbeat,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private readonly IngestionOptions _options = options.Value;

    // Claims whose work an outage cut short: given back as soon as the database answers again, so they are taken
    // again at once instead of waiting out their lease.
    private readonly System.Collections.Concurrent.ConcurrentQueue<WorkItem> _toRelease = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(_options.Consumers * 2) { SingleWriter = true });
        var consumers = Enumerable.Range(0, _options.Consumers).Select(_ => ConsumeAsync(work.Reader, stoppingToken)).ToList();
        heartbeat.Started();
        try
        {
            await ProduceAsync(work.Writer, stoppingToken);
        }
        finally
        {
            heartbeat.Stopped();
            work.Writer.TryComplete();
            await Task.WhenAll(consumers);
        }
    }

    private async Task ProduceAsync(ChannelWriter<WorkItem> work, CancellationToken stoppingToken)
    {
        var failures = 0;
        var searchIndexCaughtUp = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!searchIndexCaughtUp)
                {
                    // Once a start: what an import stopped halfway left out of the search index.
                    await CatchUpSearchIndexAsync(stoppingToken);
                    searchIndexCaughtUp = true;
                }

                await ReleaseCutShortAsync(stoppingToken);
                var claimed = await ClaimAsync(WorkQueue.Feeds, stoppingToken);
                claimed.AddRange(await ClaimAsync(WorkQueue.Pages, stoppingToken));
                failures = 0;
                heartbeat.Cycled(clock.GetUtcNow(), claimed.Count);
                foreach (var item in claimed)
                    await work.WriteAsync(item, stoppingToken);
                if (claimed.Count == 0)
                    await Task.Delay(_options.IdleDelay, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (IsOutage(e))
            {
                failures++;
                var wait = RetryDelay(failures);
                heartbeat.Failed(e.Message);
                logger.LogWarning(e, "The database did not answer the worker (failure {Count} in a row); trying again in {Wait}", failures, wait);
                await Task.Delay(wait, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    // A catch-up that fails on what is stored (not on the database being away) is logged and left: waiting would not
    // change the data, and feeds and pages must go on being taken.
    private async Task CatchUpSearchIndexAsync(CancellationToken stoppingToken)
    {
        try
        {
            await searchIndex.CatchUpAsync(stoppingToken);
        }
        catch (Exception e) when (!IsOutage(e) && e is not OperationCanceledException)
        {
            logger.LogError(e, "The search index's catch-up failed on stored data; the worker goes on without it");
        }
    }

    private async Task<List<WorkItem>> ClaimAsync(WorkQueue queue, CancellationToken stoppingToken)
    {
        await using var db = await contexts.CreateDbContextAsync(stoppingToken);
        var now = clock.GetUtcNow();
        var leaseUntil = now + _options.ClaimLease;
        var ids = await provider.ClaimDueAsync(db, queue, now, leaseUntil, _options.Consumers, stoppingToken);
        return [.. ids.Select(id => new WorkItem(queue, id, leaseUntil))];
    }

    private async Task ReleaseCutShortAsync(CancellationToken stoppingToken)
    {
        var items = new List<WorkItem>();
        while (_toRelease.TryDequeue(out var item))
            items.Add(item);
        if (items.Count == 0)
            return;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(stoppingToken);
            var now = clock.GetUtcNow();
            foreach (var item in items)
            {
                // Only while the claim is still ours as we made it: a due time moved since (the work done after all,
                // another instance's claim) is left alone.
                if (item.Queue == WorkQueue.Feeds)
                    await db.Feeds.Where(f => f.Id == item.Id && f.NextCheckAt == item.LeaseUntil)
                        .ExecuteUpdateAsync(set => set.SetProperty(f => f.NextCheckAt, now), stoppingToken);
                else
                    await db.PendingPages.Where(p => p.Id == item.Id && p.NextAttemptAt == item.LeaseUntil)
                        .ExecuteUpdateAsync(set => set.SetProperty(p => p.NextAttemptAt, now), stoppingToken);
            }

            logger.LogInformation("Gave back {Count} claim(s) that a database outage cut short", items.Count);
        }
        catch
        {
            items.ForEach(_toRelease.Enqueue);
            throw;
        }
    }

    private async Task ConsumeAsync(ChannelReader<WorkItem> work, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in work.ReadAllAsync(stoppingToken))
                await ProcessAsync(item, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an item cut short keeps its claim, which runs out, and it is done again then.
        }
    }

    private async Task ProcessAsync(WorkItem item, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            if (item.Queue == WorkQueue.Feeds)
                await scope.ServiceProvider.GetRequiredService<FeedPoller>().PollAsync(item.Id, stoppingToken);
            else
                await scope.ServiceProvider.GetRequiredService<PageFetchJob>().ProcessAsync(item.Id, stoppingToken);
        }
        catch (Exception e) when (IsOutage(e) && !stoppingToken.IsCancellationRequested)
        {
            _toRelease.Enqueue(item);
            logger.LogWarning("{Queue} item {Id} was cut short by the database ({Error}); it is taken again once the database answers", item.Queue, item.Id, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // One broken feed or page must not stop the others; it gets its error and its wait, as for any failure.
            logger.LogError(e, "{Queue} item {Id} failed; its error is recorded and it waits as after any failure", item.Queue, item.Id);
            await RecordUnexpectedFailureAsync(item, e, stoppingToken);
        }
    }

    private async Task RecordUnexpectedFailureAsync(WorkItem item, Exception error, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            if (item.Queue == WorkQueue.Feeds)
                await scope.ServiceProvider.GetRequiredService<FeedPoller>().RecordUnexpectedFailureAsync(item.Id, error, stoppingToken);
            else
                await scope.ServiceProvider.GetRequiredService<PageFetchJob>().RecordUnexpectedFailureAsync(item.Id, error, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Left to its claim, which runs out: the item is tried again then.
            logger.LogError(e, "{Queue} item {Id}: its failure could not be recorded either", item.Queue, item.Id);
        }
    }

    private TimeSpan RetryDelay(int failures)
    {
        var seconds = Math.Min(_options.MaxDatabaseRetryDelay.TotalSeconds, Math.Pow(2, Math.Min(failures, 16)) / 4);
        return TimeSpan.FromSeconds(seconds);
    }

    internal static bool IsOutage(Exception e) => DatabaseErrors.IsOutage(e);

    private sealed record WorkItem(WorkQueue Queue, long Id, DateTimeOffset LeaseUntil);
}
