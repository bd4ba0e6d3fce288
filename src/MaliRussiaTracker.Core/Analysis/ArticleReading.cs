using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Analysis.Bylines;
using MaliRussiaTracker.Core.Analysis.Dates;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Quotes;
using MaliRussiaTracker.Core.Analysis.Relevance;
using MaliRussiaTracker.Core.Analysis.Stories;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis;

/// <summary>
/// The first pass over one article: everything the text alone tells. Dates relative to an article with no
/// date of its own, and the events they point to, wait for <see cref="ArticleAnalyzer.Complete"/>, which may
/// borrow the date of the article's story.
/// </summary>
public sealed record ArticleReading
{
    public required string File { get; init; }

    /// <summary>Why the input could not be read; the other properties are then empty.</summary>
    public string? Error { get; init; }

    /// <summary>The encoding the bytes were read in.</summary>
    public string? Encoding { get; init; }

    /// <summary>The normalised text; every offset points into it.</summary>
    public string Text { get; init; } = "";

    /// <summary>The text with furniture blanked out.</summary>
    public string Content { get; init; } = "";

    internal string FoldedContent { get; init; } = "";

    internal Sentences Sentences { get; init; } = Sentences.Of("");

    public IReadOnlyList<FurnitureBlock> Furniture { get; init; } = [];
    public string Language { get; init; } = "other";
    public RelevanceVerdict Relevance { get; init; } = new(0, false);
    public Byline Byline { get; init; } = new(null, -1, null, null);
    public IReadOnlyList<TextMention> Mentions { get; init; } = [];
    public IReadOnlyList<DateExpression> Dates { get; init; } = [];
    public IReadOnlyList<QuotedPassage> Quotes { get; init; } = [];
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>The date the article itself gives: its publication date, else the first full date it is about.</summary>
    public PartialDate? OwnDate { get; init; }

    /// <summary>For comparing with other articles and stored stories; null for unreadable input.</summary>
    public StoryFingerprint? Fingerprint { get; init; }
}
