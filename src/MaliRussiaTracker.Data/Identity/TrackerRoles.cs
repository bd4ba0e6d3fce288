namespace MaliRussiaTracker.Data.Identity;

/// <summary>
/// The three roles, each with all the rights of the one before it: an Analyst reads, an Editor also reviews,
/// tags and edits the world, an Admin also imports and manages feeds and users.
/// </summary>
public static class TrackerRoles
{
    public const string Analyst = "Analyst";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>From the fewest rights to the most.</summary>
    public static IReadOnlyList<string> All { get; } = [Analyst, Editor, Admin];

    /// <summary>The role's name as spelt here, whatever the case typed; null when it is not one of the three.</summary>
    public static string? Find(string name) => All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
}
