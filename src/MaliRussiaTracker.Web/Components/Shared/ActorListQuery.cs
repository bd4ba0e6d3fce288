using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Actors;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>
/// The actor list's filters as URL query parameters, named alike on the page and the API: <c>q</c>, <c>kind</c>
/// (person, organisation, state) and <c>candidates</c> (absent: confirmed only; <c>true</c>: with the candidates;
/// <c>only</c>: the candidates alone).
/// </summary>
internal static class ActorListQuery
{
    public static ActorListFilter Parse(string? text, string? kind, string? candidates) => new()
    {
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        Kind = Enum.TryParse<ActorKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null,
        Candidates = candidates?.ToLowerInvariant() switch
        {
            "true" => CandidateChoice.With,
            "only" => CandidateChoice.Only,
            _ => CandidateChoice.Without,
        },
    };

    /// <summary>For <c>NavigationManager.GetUriWithQueryParameters</c>: a cleared filter removes its parameter, and the page goes back to 1.</summary>
    public static Dictionary<string, object?> Parameters(ActorListFilter filter) => new()
    {
        ["q"] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text.Trim(),
        ["kind"] = filter.Kind?.ToString().ToLowerInvariant(),
        ["candidates"] = filter.Candidates switch
        {
            CandidateChoice.With => "true",
            CandidateChoice.Only => "only",
            _ => null,
        },
        ["page"] = null,
    };

    public static string QueryString(ActorListFilter filter, params (string Name, string Value)[] extra) =>
        Microsoft.AspNetCore.Http.QueryString.Create(
            Parameters(filter).Where(p => p.Value is string).Select(p => new KeyValuePair<string, string?>(p.Key, (string)p.Value!))
                .Concat(extra.Select(e => new KeyValuePair<string, string?>(e.Name, e.Value)))).ToUriComponent();
}
