using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Data.Review;

/// <summary>The kinds of finding an editor reviews on an article.</summary>
public enum FindingKind
{
    Actor,
    Place,
    Event,
    Agreement,
    Date,
    Quote,
}

/// <summary>One move of an editor on an article; several are saved together or not at all.</summary>
public abstract record ReviewDecision;

/// <summary>The machine read it right.</summary>
public sealed record ConfirmFinding(FindingKind Kind, long Id) : ReviewDecision;

/// <summary>The machine read it wrong, and there is nothing to put in its place.</summary>
public sealed record RejectFinding(FindingKind Kind, long Id) : ReviewDecision;

/// <summary>
/// The words name another actor, place, event or agreement (by its slug or key) than the machine thought.
/// The machine's reading is kept as rejected, so a re-analysis does not suggest it again.
/// </summary>
public sealed record CorrectTarget(FindingKind Kind, long MentionId, string TargetKey) : ReviewDecision;

/// <summary>The words mean another date than the machine resolved; its date is kept as rejected.</summary>
public sealed record CorrectDate(long FactId, PartialDate Date) : ReviewDecision;

/// <summary>Someone else speaks: a known actor (by slug), or a person the text names who is not in the world.</summary>
public sealed record CorrectSpeaker(long QuoteId, string? ActorSlug, string? SpeakerName) : ReviewDecision;

public sealed record AddTag(string Name) : ReviewDecision;

public sealed record RemoveTag(string Name) : ReviewDecision;

/// <summary>The editor's word on whether the article is about the subject; the engine's is set aside for good.</summary>
public sealed record SetRelevance(bool Relevant) : ReviewDecision;

/// <summary>An editor's decision that cannot be applied as asked: it names nothing the article or the world has.</summary>
public class ReviewDecisionException(string message) : Exception(message);

/// <summary>The article decided on is not there (any more).</summary>
public sealed class ReviewedArticleMissingException(long articleId) : ReviewDecisionException($"There is no article {articleId}.");
