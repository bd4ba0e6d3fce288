using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

/// <summary>
/// Reads pages in extractor processes, never in the app's: a page that crashes the article finder (a stack overflow
/// cannot be caught) ends its process, and one that runs past the time budget has its process stopped; either way
/// that page fails with the reason and the next page gets a fresh process. Idle processes are kept for the next page.
/// </summary>
public sealed class ExtractorProcesses : IDisposable
{
    private static readonly TimeSpan StartBudget = TimeSpan.FromSeconds(60);

    private readonly PageExtractionOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ExtractorProcesses> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<ExtractorProcess> _idle = [];

    public ExtractorProcesses(IOptions<PageExtractionOptions> options, TimeProvider clock, ILogger<ExtractorProcesses> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.Processes);
    }

    public async Task<ExtractionResult> ExtractAsync(string html, Uri pageUrl, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        ExtractorProcess? process = null;
        try
        {
            process = await RentAsync(cancellationToken);
            using var budget = new CancellationTokenSource(_options.TimeBudget, _clock);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
            try
            {
                var reply = await process.ExtractAsync(new ExtractionRequest(pageUrl.AbsoluteUri, html), linked.Token);
                _idle.Add(process);
                process = null;
                return reply.Article is { } article ? new ArticleExtracted(article) : new ExtractionFailed(reply.Failure ?? "the extractor gave no article");
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("The extraction of {Url} ran past its budget of {Budget}; its process is stopped", pageUrl, _options.TimeBudget);
                return new ExtractionFailed($"its extraction took longer than {Seconds(_options.TimeBudget)} (Ingestion:Extraction:TimeBudget) and was stopped");
            }
        }
        catch (ExtractorCrashedException e)
        {
            _logger.LogWarning("The extractor process ended while reading {Url}: {Reason}", pageUrl, e.Message);
            return new ExtractionFailed($"its extraction ended the extractor process ({e.Message})");
        }
        finally
        {
            // A process that did not answer (stopped, crashed, cancelled) is never used again.
            process?.Dispose();
            _slots.Release();
        }
    }

    private async Task<ExtractorProcess> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var idle))
        {
            if (!idle.HasExited)
                return idle;
            idle.Dispose();
        }

        // Its start is outside the page's budget, but bounded too: a process that never says ready is no use.
        using var starting = new CancellationTokenSource(StartBudget, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, starting.Token);
        try
        {
            return await ExtractorProcess.StartAsync(_options, linked.Token);
        }
        catch (OperationCanceledException) when (starting.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ExtractorCrashedException($"the extractor process was not ready within {Seconds(StartBudget)}");
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var idle))
            idle.Dispose();
        _slots.Dispose();
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";
}
