using System.Globalization;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.AspNetCore.Http;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>
/// The timeline's filters as URL query parameters, named alike on the timeline, the event and agreement lists
/// and the API, so a page's query string works on its endpoint.
/// </summary>
internal static class TimelineFilterQuery
{
    private const string Oldest = "oldest";

    public static bool IsOldestFirst(string? order) => string.Equals(order, Oldest, StringComparison.OrdinalIgnoreCase);

    public static TimelineFilter Parse(
        string[]? actors, string[]? places, string? from, string? to, string? outlet, bool? candidates, string? text,
        string? order = null, string? owner = null, string? kind = null, string[]? withoutOwners = null, string[]? withoutKinds = null) => new()
    {
        Owner = string.IsNullOrWhiteSpace(owner) ? null : owner,
        Kind = OutletKindText.Parse(kind),
        WithoutOwners = withoutOwners ?? [],
        WithoutKinds = [.. (withoutKinds ?? []).Select(OutletKindText.Parse).OfType<MaliRussiaTracker.Core.Domain.OutletKind>()],
        Actors = actors ?? [],
        Places = places ?? [],
        From = DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
        To = DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last) ? last : null,
        Outlet = outlet,
        WithCandidates = candidates == true,
        Text = text,
        OldestFirst = IsOldestFirst(order),
    };

    /// <summary>For <c>NavigationManager.GetUriWithQueryParameters</c>: a cleared filter removes its parameter, and the page goes back to 1.</summary>
    public static Dictionary<string, object?> Parameters(TimelineFilter filter) => new()
    {
        ["actor"] = filter.Actors.ToArray(),
        ["place"] = filter.Places.ToArray(),
        ["from"] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["outlet"] = string.IsNullOrWhiteSpace(filter.Outlet) ? null : filter.Outlet,
        // Written out: the navigation manager would spell a bool « True ».
        ["candidates"] = filter.WithCandidates ? "true" : null,
        ["q"] = string.IsNullOrWhiteSpace(filter.Text) ? null : filter.Text,
        ["owner"] = filter.Owner,
        ["kind"] = filter.Kind is { } kind ? OutletKindText.Of(kind) : null,
        ["without-owner"] = filter.WithoutOwners.ToArray(),
        ["without-kind"] = filter.WithoutKinds.Select(OutletKindText.Of).ToArray(),
        ["order"] = filter.OldestFirst ? Oldest : null,
        ["page"] = null,
    };

    /// <summary>The filter as a query string (« ?actor=…&amp;from=… »), with any extra pairs, for links to the API.</summary>
    public static string QueryString(TimelineFilter filter, params (string Name, string Value)[] extra)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var (name, value) in Parameters(filter))
        {
            switch (value)
            {
                case string[] many:
                    pairs.AddRange(many.Select(v => new KeyValuePair<string, string?>(name, v)));
                    break;
                case bool flag:
                    pairs.Add(new(name, flag ? "true" : "false"));
                    break;
                case string one:
                    pairs.Add(new(name, one));
                    break;
            }
        }

        pairs.AddRange(extra.Select(e => new KeyValuePair<string, string?>(e.Name, e.Value)));
        return Microsoft.AspNetCore.Http.QueryString.Create(pairs).ToUriComponent();
    }
}
