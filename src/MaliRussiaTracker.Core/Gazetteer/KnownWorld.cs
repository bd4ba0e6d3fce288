using MaliRussiaTracker.Core.Analysis.Actors;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Gazetteer;

/// <summary>
/// What the engine knows of the world, indexed for reading: actors, places, events and agreements, and one
/// alias index over every name and role. Built from <see cref="WorldActor"/>-style records, so the data layer
/// can build it from database rows as well as from the starting world's file. Immutable and thread-safe.
/// </summary>
public sealed class KnownWorld
{
    private KnownWorld(
        IReadOnlyList<WorldActor> actors,
        IReadOnlyList<WorldPlace> places,
        IReadOnlyList<WorldEvent> events,
        IReadOnlyList<WorldAgreement> agreements)
    {
        Actors = actors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Places = places.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        Events = events;
        Agreements = agreements;
        Aliases = AliasIndex.Build(actors, places);
        _eventKeywordUse = events
            .SelectMany(e => e.Keywords.Select(AliasIndex.Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _actorNames = actors
            .SelectMany(a => a.AliasList.Prepend(a.Name).Select(n => (a.Slug, AliasIndex.Key(n))))
            .ToHashSet();
    }

    private readonly Dictionary<string, int> _eventKeywordUse;
    private readonly HashSet<(string Slug, string Key)> _actorNames;

    /// <summary>Whether only one known event has <paramref name="keyword"/>: a sign that points at it alone.</summary>
    public bool IsKeywordOfOneEvent(string keyword) =>
        _eventKeywordUse.TryGetValue(AliasIndex.Key(keyword), out var uses) && uses == 1;

    /// <summary>Whether <paramref name="words"/> is a name of the actor <paramref name="slug"/> (« Goïta » of assimi-goita).</summary>
    public bool IsNameOf(string words, string slug) => _actorNames.Contains((slug, AliasIndex.Key(words)));

    /// <summary>Actors by slug.</summary>
    public IReadOnlyDictionary<string, WorldActor> Actors { get; }

    /// <summary>Places by slug.</summary>
    public IReadOnlyDictionary<string, WorldPlace> Places { get; }

    /// <summary>The known events.</summary>
    public IReadOnlyList<WorldEvent> Events { get; }

    /// <summary>The known agreements.</summary>
    public IReadOnlyList<WorldAgreement> Agreements { get; }

    /// <summary>Every name and role of every actor and place, for scanning text.</summary>
    public AliasIndex Aliases { get; }

    /// <summary>The world the application ships with.</summary>
    public static KnownWorld LoadEmbedded() => From(StartingWorld.LoadEmbedded());

    /// <summary>Indexes a starting world.</summary>
    public static KnownWorld From(StartingWorld world) => From(world.Actors, world.Places, world.Events, world.Agreements);

    /// <summary>
    /// Indexes records built from any source (the database's confirmed actors, places, events and
    /// agreements). Slugs must be unique within each list.
    /// </summary>
    public static KnownWorld From(
        IReadOnlyList<WorldActor> actors,
        IReadOnlyList<WorldPlace> places,
        IReadOnlyList<WorldEvent> events,
        IReadOnlyList<WorldAgreement> agreements) => new(actors, places, events, agreements);

    /// <summary>The kind of an actor, or null where the slug is unknown.</summary>
    public ActorKind? KindOf(string actorSlug) => Actors.TryGetValue(actorSlug, out var actor) ? actor.Kind : null;
}
