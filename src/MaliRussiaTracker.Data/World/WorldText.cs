namespace MaliRussiaTracker.Data.World;

/// <summary>An edit the world cannot take as asked: it names nothing there, or would make it inconsistent.</summary>
public sealed class WorldEditException(string message) : Exception(message);

internal static class WorldText
{
    public static string Required(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? throw new WorldEditException($"{what} cannot be empty.") : text.Trim();

    /// <summary>Trimmed, without blanks or repeats: what an editor meant by a list typed in a form.</summary>
    public static IEnumerable<string> Distinct(IEnumerable<string> texts) =>
        texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal);
}
