using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Benchmarks.Import;

/// <summary>
/// The people, organisations and places of the starting world that generated stories are about, taken from
/// the world the database is seeded with, so the engine recognises them as it would in real articles.
/// </summary>
internal sealed class StoryCast
{
    private StoryCast(IReadOnlyList<string> people, IReadOnlyList<string> organisations, IReadOnlyList<string> places)
    {
        People = people;
        Organisations = organisations;
        Places = places;
    }

    public IReadOnlyList<string> People { get; }

    /// <summary>As a sentence names them, with their article: « le groupe Wagner ».</summary>
    public IReadOnlyList<string> Organisations { get; }

    public IReadOnlyList<string> Places { get; }

    public static StoryCast FromStartingWorld()
    {
        var world = StartingWorld.LoadEmbedded();
        var people = world.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).ToList();
        var slugs = world.Actors.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var organisations = StoryLexicon.Organisations.Where(o => slugs.Contains(o.Slug)).Select(o => o.Phrase).ToList();
        var places = world.Places.Where(p => p.Kind == PlaceKind.City).Select(p => p.Name).ToList();
        if (people.Count < 2 || organisations.Count == 0 || places.Count == 0)
            throw new InvalidOperationException("The starting world lacks the people, organisations or cities the generated stories need.");
        return new StoryCast(people, organisations, places);
    }
}
