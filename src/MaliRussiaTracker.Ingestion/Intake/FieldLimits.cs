using System.ComponentModel.DataAnnotations;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// The <c>Ingestion:Fields</c> section: the longest URL, title, outlet and author an article may have. Checked at the
/// intake, the same on every provider; no larger than the columns (PostgreSQL refuses what passes them, SQLite stores it).
/// </summary>
public sealed class FieldLimits
{
    public const string Section = "Ingestion:Fields";

    [Range(64, 2048)]
    public int MaxUrlLength { get; set; } = 2048;

    [Range(20, 1000)]
    public int MaxTitleLength { get; set; } = 1000;

    [Range(20, 200)]
    public int MaxOutletLength { get; set; } = 200;

    [Range(20, 200)]
    public int MaxAuthorLength { get; set; } = 200;
}
