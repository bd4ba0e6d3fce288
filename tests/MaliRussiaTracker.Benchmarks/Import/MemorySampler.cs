using System.Diagnostics;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>A moment's memory: the process's working set and the managed heap.</summary>
internal readonly record struct MemoryReading(long WorkingSet, long GcHeap, long GcCommitted)
{
    public static MemoryReading Now()
    {
        using var process = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        return new MemoryReading(process.WorkingSet64, GC.GetTotalMemory(false), info.TotalCommittedBytes);
    }
}

/// <summary>
/// Samples memory every few hundred milliseconds while the import runs and keeps the peaks: a peak between two
/// quarter marks would otherwise go unseen. The OS's own peak working set is read at the end as a check.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private long _peakGcHeap;
    private long _peakWorkingSet;

    public MemorySampler(TimeSpan every)
    {
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, every);
    }

    public long PeakGcHeap { get { lock (_lock) return _peakGcHeap; } }

    public long PeakWorkingSet
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            lock (_lock)
                return Math.Max(_peakWorkingSet, process.PeakWorkingSet64);
        }
    }

    public MemoryReading Sample()
    {
        var reading = MemoryReading.Now();
        lock (_lock)
        {
            _peakGcHeap = Math.Max(_peakGcHeap, reading.GcHeap);
            _peakWorkingSet = Math.Max(_peakWorkingSet, reading.WorkingSet);
        }

        return reading;
    }

    public void Dispose() => _timer.Dispose();
}
