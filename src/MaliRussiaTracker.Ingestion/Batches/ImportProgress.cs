namespace MaliRussiaTracker.Ingestion.Batches;

/// <summary>How far an import is: reported after every stored chunk, for a progress bar or a terminal line.</summary>
public sealed record ImportProgress(long BatchId, long BytesRead, long TotalBytes, int Items, int Imported, int Duplicates, int Rejected)
{
    public double Fraction => TotalBytes == 0 ? 1 : Math.Clamp((double)BytesRead / TotalBytes, 0, 1);
}
