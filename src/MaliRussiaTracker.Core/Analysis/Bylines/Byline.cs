namespace MaliRussiaTracker.Core.Analysis.Bylines;

/// <summary>What the page prints about itself: when, where and by whom.</summary>
/// <param name="Published">The publication day where a « Publié … » line prints it.</param>
/// <param name="PublishedStart">Where that date stands in the text, or -1.</param>
public sealed record Byline(DateOnly? Published, int PublishedStart, string? Outlet, string? Author)
{
    /// <summary>Whether the publication date is a wire's dateline, whose line runs on into the lead.</summary>
    public bool PublishedInDateline { get; init; }

    /// <summary>Where the text prints the outlet's name within the article (a dateline's agency), or -1.</summary>
    public int OutletStart { get; init; } = -1;

    /// <summary>The end of that name, or -1.</summary>
    public int OutletEnd { get; init; } = -1;

    /// <summary>The month a page's date line gives where it gives no day (« 2025-06 »); null where a day is known.</summary>
    public Domain.PartialDate? PublishedMonth { get; init; }

    /// <summary>The publication date at the precision printed: the day, else the month of a date line.</summary>
    public Domain.PartialDate? PublishedDate => Published is { } day ? Domain.PartialDate.OfDay(day) : PublishedMonth;
}
