namespace MaliRussiaTracker.Core.Analysis.Bylines;

/// <summary>What the page prints about itself: when, where and by whom.</summary>
/// <param name="Published">The publication day where a « Publié … » line prints it.</param>
/// <param name="PublishedStart">Where that date stands in the text, or -1.</param>
public sealed record Byline(DateOnly? Published, int PublishedStart, string? Outlet, string? Author);
