using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Data.Tests.Queries;

/// <summary>
/// Entities named after one test instance (a short random suffix), so each test looks only at what it added
/// to the class's shared database.
/// </summary>
internal sealed class BrowsingTestData
{
    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..8];

    public string Outlet(string name) => $"{name} {Suffix}";

    public string Key(string name) => $"{name}-{Suffix}";

    public Actor Actor(string name) => new() { Slug = Key(name.ToLowerInvariant()), Name = $"{name} {Suffix}", Kind = ActorKind.Person };

    public static Article Article(string outlet, DateOnly? published = null, PartialDate? mainDate = null) => new()
    {
        ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
        RawText = "texte", CleanText = "texte", Title = $"Article de {outlet}", Outlet = outlet,
        Published = published, MainDate = mainDate ?? (published is { } day ? PartialDate.OfDay(day) : null),
        ReceivedAt = new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero),
    };

    public static Mention Mentions(Event target, ReviewState state = ReviewState.Suggested) =>
        new() { Kind = MentionKind.Event, Event = target, Evidence = target.Title, State = state };

    public static Mention Mentions(Agreement target, ReviewState state = ReviewState.Suggested) =>
        new() { Kind = MentionKind.Agreement, Agreement = target, Evidence = target.Title, State = state };

    public static Mention Mentions(Actor target, ReviewState state = ReviewState.Suggested) =>
        new() { Kind = MentionKind.Actor, Actor = target, Evidence = target.Name, State = state };

    public static DatedFact Dates(string date, ReviewState state = ReviewState.Suggested) =>
        new() { Date = PartialDate.Parse(date), Text = date, State = state };
}
