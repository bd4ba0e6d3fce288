using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Data.Queries.Actors;

/// <summary>Which of the machine's candidates an actor list holds.</summary>
public enum CandidateChoice
{
    /// <summary>Confirmed actors only: the analysts' default.</summary>
    Without,

    /// <summary>Confirmed actors and candidates, the candidates marked.</summary>
    With,

    /// <summary>Candidates only, for whoever sorts them.</summary>
    Only,
}

/// <summary>What the actor list is narrowed to; it lives in the page's URL.</summary>
public sealed record ActorListFilter
{
    /// <summary>Part of a name or of an alias, any case.</summary>
    public string? Text { get; init; }

    public ActorKind? Kind { get; init; }

    public CandidateChoice Candidates { get; init; }
}

public sealed record ActorListPage(IReadOnlyList<ActorListRow> Rows, int Total);
