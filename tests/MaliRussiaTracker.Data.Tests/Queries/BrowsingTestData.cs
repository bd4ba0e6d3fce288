using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Sourcing;

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

    /// <summary>
    /// What every write path does once mentions are stored: the sources of the events and agreements they name
    /// counted again and their outlets listed, which the timeline's outlet filter reads.
    /// </summary>
    public static Task RecountAsync(TrackerDbContext db, IEnumerable<Article> articles)
    {
        var mentions = articles.SelectMany(a => a.Mentions).ToList();
        return CorroborationCounter.RecountAsync(db,
            [.. mentions.Where(m => m.EventId != null).Select(m => m.EventId!.Value).Distinct()],
            [.. mentions.Where(m => m.AgreementId != null).Select(m => m.AgreementId!.Value).Distinct()], CancellationToken.None);
    }

    public static DatedFact Dates(string date, ReviewState state = ReviewState.Suggested) =>
        new() { Date = PartialDate.Parse(date), Text = date, State = state };
}
