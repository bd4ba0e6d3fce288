using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>Where the text names a known actor or place.</summary>
/// <param name="IsRole">Named by a title or role (« le chef de la diplomatie nigérienne »), not by name.</param>
/// <param name="ActorKind">For an actor, its kind; null for a place.</param>
public sealed record TextMention(int Start, int End, string Slug, AliasTarget Target, bool IsRole, ActorKind? ActorKind)
{
    /// <summary>Whether this names a person or an organisation, the actors that speak.</summary>
    public bool CanSpeak => ActorKind is Domain.ActorKind.Person or Domain.ActorKind.Organisation;
}
