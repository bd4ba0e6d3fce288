using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace MaliRussiaTracker.Ingestion.Pages.Extraction;

/// <summary>The extractor process ended without answering: what it last wrote on its error output says why.</summary>
internal sealed class ExtractorCrashedException(string message) : Exception(message);

/// <summary>One running extractor process (the MaliRussiaTracker.PageExtractor program), reading one page at a time.</summary>
internal sealed class ExtractorProcess : IDisposable
{
    public const string ProgramFile = "MaliRussiaTracker.PageExtractor.dll";

    private readonly Process _process;
    private readonly Queue<string> _lastErrors = new();

    private ExtractorProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (_lastErrors)
            {
                _lastErrors.Enqueue(e.Data);
                if (_lastErrors.Count > 5)
                    _lastErrors.Dequeue();
            }
        };
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a process and waits until it says it is ready (its runtime loaded, the article finder warm).</summary>
    public static async Task<ExtractorProcess> StartAsync(PageExtractionOptions limits, CancellationToken cancellationToken)
    {
        var program = Path.Combine(AppContext.BaseDirectory, ProgramFile);
        if (!File.Exists(program))
            throw new ExtractorCrashedException($"the extractor program {program} is not installed beside the app");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(JsonSerializer.Serialize(limits));
        // A page that would take all the memory ends this process, not the machine's other work.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ((long)limits.ProcessMemoryMegabytes * 1024 * 1024).ToString("X", CultureInfo.InvariantCulture);
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_TieredPGO"] = "0";
        var process = new ExtractorProcess(Process.Start(start) ?? throw new ExtractorCrashedException("the extractor process did not start"));
        try
        {
            if (await ExtractorProtocol.ReadAsync<ExtractionReply>(process._process.StandardOutput.BaseStream, cancellationToken) is not { Failure: "ready" })
                throw new ExtractorCrashedException($"the extractor process did not start: {await process.EndingAsync(cancellationToken)}");
            return process;
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    public async Task<ExtractionReply> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await ExtractorProtocol.WriteAsync(_process.StandardInput.BaseStream, request, cancellationToken);
            if (await ExtractorProtocol.ReadAsync<ExtractionReply>(_process.StandardOutput.BaseStream, cancellationToken) is { } reply)
                return reply;
        }
        catch (IOException)
        {
            // The pipe broke: the process is gone, which the lines below say.
        }

        throw new ExtractorCrashedException(await EndingAsync(cancellationToken));
    }

    private async Task<string> EndingAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        string errors;
        lock (_lastErrors)
            errors = string.Join(" ", _lastErrors).Trim();
        return $"exit code {_process.ExitCode}{(errors.Length > 0 ? ": " + (errors.Length > 300 ? errors[..300] : errors) : "")}";
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Ended on its own meanwhile.
        }

        _process.Dispose();
    }

    // The extractor runs on the app's own runtime: the dotnet host that runs us, wherever it was installed.
    private static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name)
            return self;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk))
            return fromSdk;
        // The shared runtime lives at <root>/shared/Microsoft.NETCore.App/<version>/, the host at <root>/dotnet.
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent?.Parent?.Parent?.FullName;
        if (root is not null && File.Exists(Path.Combine(root, name)))
            return Path.Combine(root, name);
        return name;
    }
}
