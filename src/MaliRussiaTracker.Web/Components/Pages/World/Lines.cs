namespace MaliRussiaTracker.Web.Components.Pages.World;

/// <summary>Lists typed one item a line in the edit forms.</summary>
internal static class Lines
{
    public static string Join(IEnumerable<string> items) => string.Join('\n', items);

    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
