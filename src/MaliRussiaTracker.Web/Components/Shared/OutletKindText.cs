using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>An outlet kind as the URL and the registry file spell it: « state-media », « wire-agency ».</summary>
internal static partial class OutletKindText
{
    public static string Of(OutletKind kind) => Capital().Replace(kind.ToString(), "-$0").TrimStart('-').ToLowerInvariant();

    public static OutletKind? Parse(string? text) =>
        text is { Length: > 0 } && Enum.TryParse<OutletKind>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null;

    /// <summary>The resource key of the kind's name on the pages.</summary>
    public static string ResourceKey(OutletKind kind) => "OutletKind." + kind;

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Capital();
}
