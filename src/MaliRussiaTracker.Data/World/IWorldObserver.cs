namespace MaliRussiaTracker.Data.World;

/// <summary>
/// Told when an editor changed the world (an actor, an alias, an event): whatever keeps a copy of it, the engine's
/// gazetteer above all, builds it again before its next use.
/// </summary>
public interface IWorldObserver
{
    void WorldChanged();
}

internal static class WorldObservers
{
    public static void Notify(this IEnumerable<IWorldObserver> observers)
    {
        foreach (var observer in observers)
            observer.WorldChanged();
    }
}
