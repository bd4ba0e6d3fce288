using System.Collections.Concurrent;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Setup;
using Microsoft.Extensions.Logging;
using MaliRussiaTracker.Ingestion.Reasons;

namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>An import started from the browser, as it goes: the page that started it may close, the import goes on.</summary>
public sealed class RunningImport
{
    internal RunningImport(string fileName, string startedBy) => (FileName, StartedBy) = (fileName, startedBy);

    public Guid Id { get; } = Guid.NewGuid();
    public string FileName { get; }
    public string StartedBy { get; }
    public ImportProgress? Progress { get; internal set; }
    /// <summary>The batch the import writes to, once it has claimed or created it.</summary>
    public long? BatchId => Progress?.BatchId ?? Result?.Id;
    /// <summary>The batch as it ended; null while it runs.</summary>
    public ImportBatch? Result { get; internal set; }
    /// <summary>Why the import stopped short, when it did not end with a batch.</summary>
    public string? Error { get; internal set; }
    public bool IsRunning => Result is null && Error is null;

    /// <summary>Raised on progress and at the end, on the import's thread.</summary>
    public event Action? Changed;

    private readonly TaskCompletionSource _begun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once the import has its batch (<see cref="BatchId"/>), or has stopped without one (<see cref="Error"/>).</summary>
    public Task Begun => _begun.Task;

    internal void Raise()
    {
        if (BatchId is not null || !IsRunning)
            _begun.TrySetResult();
        Changed?.Invoke();
    }
}

/// <summary>
/// Runs imports uploaded through the admin page in the background: the upload is kept under the data folder
/// until its import ends, so a stopped instance loses nothing (the same file imported again resumes its batch).
/// </summary>
public sealed class BatchUploads(ImportService imports, DatabaseOptions database, ILogger<BatchUploads> logger) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Guid, RunningImport> _imports = new();

    /// <summary>Raised when an import starts, from this instance's page or its API alike, so an open page watches it too.</summary>
    public event Action<RunningImport>? Started;

    public IReadOnlyList<RunningImport> Recent => [.. _imports.Values.OrderByDescending(i => i.IsRunning).ThenBy(i => i.FileName)];

    /// <summary>Copies the upload to disk, then starts its import; returns once the file is safely stored.</summary>
    public async Task<RunningImport> StartAsync(Stream upload, string fileName, string startedBy, CancellationToken cancellationToken)
    {
        // The browser's name is cut to its last part and cleaned: it names the batch, but cannot climb out of the folder.
        var name = string.Concat(Path.GetFileName(fileName.Replace('\\', '/')).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var format = BatchFormats.FromFileName(name);
        var folder = Directory.CreateDirectory(Path.Combine(database.ResolveDataFolder(), "uploads", Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(folder, name);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            await upload.CopyToAsync(file, cancellationToken);

        var running = new RunningImport(name, startedBy);
        _imports[running.Id] = running;
        logger.LogInformation("{User} uploaded {File} ({Format}) for import", startedBy, running.FileName, format);
        _ = Task.Run(() => RunAsync(running, path), CancellationToken.None);
        Started?.Invoke(running);
        return running;
    }

    private async Task RunAsync(RunningImport running, string path)
    {
        try
        {
            var progress = new Progress<ImportProgress>(p =>
            {
                running.Progress = p;
                running.Raise();
            });
            running.Result = await imports.ImportAsync(path, running.StartedBy, progress, _stopping.Token);
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
        catch (OperationCanceledException)
        {
            running.Error = ImportReasons.StoppedDuringImport.Format();
        }
        catch (Exception error)
        {
            logger.LogError(error, "The import of {File} failed", running.FileName);
            running.Error = error.Message;
        }

        running.Raise();
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
