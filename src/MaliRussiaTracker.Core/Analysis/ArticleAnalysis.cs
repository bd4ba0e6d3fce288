using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Events;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Quotes;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis;

/// <summary>A date the article gives, resolved.</summary>
/// <param name="Resolution">How a relative date was resolved (« against the publication date 2025-06-23 »); null for an absolute one.</param>
/// <param name="AlsoDays">Further days of a list (« les 6 et 7 février »).</param>
public sealed record DatedFinding(PartialDate Date, string Text, int Start, int End, string? Resolution, IReadOnlyList<PartialDate> AlsoDays);

/// <summary>What the engine reads out of one article: DESIGN.md's output contract.</summary>
public sealed record ArticleAnalysis
{
    public required ArticleReading Reading { get; init; }
    public string File => Reading.File;
    public string? Error => Reading.Error;
    public string Language => Reading.Language;
    public bool Relevant => Reading.Relevance.IsRelevant;
    public double RelevanceScore => Reading.Relevance.Score;
    /// <summary>The publication day where the page prints one (what an article row stores).</summary>
    public DateOnly? Published => Reading.Byline.Published;

    /// <summary>The publication date at the precision printed: a day, or the month of a date line.</summary>
    public PartialDate? PublishedDate => Reading.Byline.PublishedDate;
    public PartialDate? MainDate { get; init; }

    /// <summary>Where the main date comes from: the publication date, the article's own first date, or its story's.</summary>
    public string? MainDateSource { get; init; }

    public string? Story { get; init; }
    public string? Outlet => Reading.Byline.Outlet;
    public string? Author => Reading.Byline.Author;

    /// <summary>Actor slugs, in order of first mention.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Place slugs, in order of first mention.</summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    public IReadOnlyList<LinkedEntry> Events { get; init; } = [];
    public IReadOnlyList<LinkedEntry> Agreements { get; init; } = [];
    public IReadOnlyList<DatedFinding> DatedFacts { get; init; } = [];
    public IReadOnlyList<QuotedPassage> Quotes => Reading.Quotes;
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];
    public IReadOnlyList<FurnitureBlock> Furniture => Reading.Furniture;
    public IReadOnlyList<TextMention> Mentions => Reading.Mentions;
}
