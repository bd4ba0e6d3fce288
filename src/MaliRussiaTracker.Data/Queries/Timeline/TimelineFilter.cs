using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Data.Queries.Timeline;

/// <summary>What an analyst narrows the timeline to; every part is optional. It lives in the page's URL.</summary>
public sealed record TimelineFilter
{
    /// <summary>Actor slugs: an entry must involve one of them (a participant of an event, a party to an agreement).</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Place slugs: an event must happen at one of them.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>Entries whose date reaches this day or later.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Entries whose date starts this day or earlier.</summary>
    public DateOnly? To { get; init; }

    /// <summary>An outlet one of the entry's articles comes from.</summary>
    public string? Outlet { get; init; }

    /// <summary>
    /// Show the machine's candidates beside the confirmed entries. Off by default: at volume they outnumber the
    /// confirmed entries a hundred to one, and an analyst's view is what editors vouched for.
    /// </summary>
    public bool WithCandidates { get; init; }

    /// <summary>Words of the title.</summary>
    public string? Text { get; init; }

    /// <summary>Only the articles whose voice is this owner group's (« russian-state »; <see cref="Outlet.Independent"/>: outlets of their own).</summary>
    public string? Owner { get; init; }

    /// <summary>Only the articles of outlets of this kind.</summary>
    public OutletKind? Kind { get; init; }

    /// <summary>Leave out the articles whose voice is one of these owner groups (« sans les médias d'État russes »).</summary>
    public IReadOnlyList<string> WithoutOwners { get; init; } = [];

    /// <summary>Leave out the articles published, or reprinted from, outlets of these kinds (« sans les médias d'État »).</summary>
    public IReadOnlyList<OutletKind> WithoutKinds { get; init; } = [];

    /// <summary>
    /// Whether some articles are set aside: the entries are those the other articles back, and their sources are
    /// counted again from those articles alone.
    /// </summary>
    public bool NarrowsArticles => Owner is { Length: > 0 } || Kind is not null || WithoutOwners.Count > 0 || WithoutKinds.Count > 0;

    /// <summary>
    /// The oldest entries first, as a chronology reads. Off by default: the field starts in 2012, and an analyst
    /// opening the timeline comes for this month's news, not a page of 2012.
    /// </summary>
    public bool OldestFirst { get; init; }
}
