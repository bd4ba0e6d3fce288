namespace MaliRussiaTracker.Core.Domain;

/// <summary>
/// What a person decided of a machine's finding. Re-analysis replaces suggestions only: a confirmed or
/// rejected finding is an editor's word and stays.
/// </summary>
public enum ReviewState
{
    Suggested,
    Confirmed,
    Rejected,
}

/// <summary>A machine's finding a person reviews: a mention, a dated fact, a quote.</summary>
public interface IReviewed
{
    ReviewState State { get; set; }
    string? DecidedBy { get; set; }
    DateTimeOffset? DecidedAt { get; set; }
}

public enum MentionKind
{
    Actor,
    Place,
    Event,
    Agreement,
}

/// <summary>
/// An actor, place, event or agreement found in an article, with the words that show it. One table for the
/// four kinds keeps the review queue one query; exactly one target id is set, the one its kind names.
/// </summary>
public class Mention : IReviewed
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public MentionKind Kind { get; set; }
    public long? ActorId { get; set; }
    public Actor? Actor { get; set; }
    public long? PlaceId { get; set; }
    public Place? Place { get; set; }
    public long? EventId { get; set; }
    public Event? Event { get; set; }
    public long? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public required string Evidence { get; set; }
    public ReviewState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public class DatedFact : IReviewed
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public PartialDate Date { get; set; }
    /// <summary>The words that carry the date, as printed (« en avril dernier »).</summary>
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>How a relative date was resolved (« against the publication date 2025-06-23 »); null for an absolute one.</summary>
    public string? Resolution { get; set; }
    public ReviewState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public class Quote : IReviewed
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public long? SpeakerId { get; set; }
    public Actor? Speaker { get; set; }
    /// <summary>The speaker as the text names them when no known actor is (« le porte-parole du gouvernement »).</summary>
    public string? SpeakerName { get; set; }
    public ReviewState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

public class Tag
{
    public long Id { get; set; }
    public required string Name { get; set; }
}

public class ArticleTag
{
    public long ArticleId { get; set; }
    public long TagId { get; set; }
    public Tag? Tag { get; set; }
    public string? AddedBy { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
