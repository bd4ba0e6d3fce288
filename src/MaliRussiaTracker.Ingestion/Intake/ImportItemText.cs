namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>An item's reference and reason cut to what their columns hold: an item's own 3,000-character URL must not fail its result.</summary>
public static class ImportItemText
{
    public const int MaxReference = 2048;
    public const int MaxReason = 2000;

    public static string Reference(string value) => Cut(value, MaxReference);

    public static string Reason(string value) => Cut(value, MaxReason);

    private static string Cut(string value, int max) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
}
