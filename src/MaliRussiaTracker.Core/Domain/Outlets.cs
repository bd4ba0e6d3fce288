namespace MaliRussiaTracker.Core.Domain;

/// <summary>What kind of publisher an outlet is; an analyst filters by it (« sans les médias d'État »).</summary>
public enum OutletKind
{
    WireAgency,
    StateMedia,
    PublicBroadcaster,
    PrivatePress,
    /// <summary>A site that mostly reprints others (a portal of the national press, a reprint network).</summary>
    Aggregator,
    /// <summary>A government's or an institution's own site (a ministry, a presidency).</summary>
    Institution,
    SocialChannel,
    /// <summary>A candidate the machine found by its domain, not yet classified by an editor.</summary>
    Unclassified,
}

/// <summary>
/// A publisher: who put an article out, and whose voice it carries. Outlets of one owner group (the Russian
/// state, AFP) are one independent voice however many sites carry them; an outlet whose group is
/// <see cref="Independent"/> is a voice of its own.
/// </summary>
public class Outlet
{
    /// <summary>The owner group of an outlet that answers to no one else: its voice is its own.</summary>
    public const string Independent = "independent";

    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    /// <summary>Other names it is printed under (« Agence France-Presse », « TV5 Monde »).</summary>
    public List<string> Variants { get; set; } = [];
    /// <summary>Hosts (« rfi.fr »), or a host and a path (« t.me/rybar ») where one host carries many outlets.</summary>
    public List<string> Domains { get; set; } = [];
    /// <summary>ISO 3166 two-letter code; null for a network of many countries.</summary>
    public string? Country { get; set; }
    public string? Language { get; set; }
    public OutletKind Kind { get; set; }
    /// <summary>The owner or affiliation group's key (« russian-state », « afp », <see cref="Independent"/>).</summary>
    public string OwnerGroup { get; set; } = Independent;
    /// <summary>The group as a page names it (« État russe »).</summary>
    public string? OwnerName { get; set; }
    /// <summary>Where the ownership claim can be checked.</summary>
    public string? OwnerSource { get; set; }
    /// <summary>The day the claim was recorded from its source.</summary>
    public DateOnly? OwnerDate { get; set; }
    public EntryStatus Status { get; set; }

    /// <summary>The independent voice an article of this outlet counts as (<see cref="VoiceOf"/>).</summary>
    public string Voice => VoiceOf(Slug, OwnerGroup);

    /// <summary>An owner group's key, or, for an independent outlet, the outlet's own (prefixed so no group can be mistaken for it).</summary>
    public static string VoiceOf(string slug, string ownerGroup) => ownerGroup == Independent ? "outlet:" + slug : ownerGroup;
}
