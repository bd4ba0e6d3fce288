using System.Text.Json;
using System.Text.Json.Serialization;
using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Gazetteer;

/// <summary>
/// The world the tracker starts with: known actors, places, events and agreements with their aliases.
/// It is data (starting-world.json, embedded in this assembly): the database is seeded from it, and the
/// engine can read it directly where no database is at hand.
/// </summary>
public sealed record StartingWorld(
    IReadOnlyList<WorldActor> Actors,
    IReadOnlyList<WorldPlace> Places,
    IReadOnlyList<WorldEvent> Events,
    IReadOnlyList<WorldAgreement> Agreements)
{
    private const string ResourceName = "MaliRussiaTracker.starting-world.json";

    /// <summary>The JSON form of the world file: camelCase, enums as lower-case text, dates as ISO text.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new PartialDateJsonConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The world shipped with the application.</summary>
    public static StartingWorld LoadEmbedded()
    {
        using var stream = typeof(StartingWorld).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(StartingWorld).Assembly.GetName().Name}.");
        return Read(stream);
    }

    /// <summary>Reads a world file; throws <see cref="InvalidDataException"/> saying what is wrong with it.</summary>
    public static StartingWorld Read(Stream json)
    {
        StartingWorld? world;
        try
        {
            world = JsonSerializer.Deserialize<StartingWorld>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The world file is not valid: {e.Message}", e);
        }

        if (world is null)
            throw new InvalidDataException("The world file is empty.");
        world.CheckReferences();
        return world;
    }

    /// <summary>Every slug and key a world entry points to must exist, or seeding would link to nothing.</summary>
    private void CheckReferences()
    {
        var actors = DistinctKeys(Actors.Select(a => a.Slug), "actor");
        var places = DistinctKeys(Places.Select(p => p.Slug), "place");
        DistinctKeys(Events.Select(e => e.Key), "event");
        DistinctKeys(Agreements.Select(a => a.Key), "agreement");

        var problems = new List<string>();
        foreach (var place in Places.Where(p => p.Government is not null && !actors.Contains(p.Government)))
            problems.Add($"place {place.Slug}: government '{place.Government}' is not an actor");
        foreach (var ev in Events)
        {
            if (ev.Place is not null && !places.Contains(ev.Place))
                problems.Add($"event {ev.Key}: place '{ev.Place}' is not a place");
            problems.AddRange(ev.Participants.Where(p => !actors.Contains(p)).Select(p => $"event {ev.Key}: participant '{p}' is not an actor"));
        }

        foreach (var agreement in Agreements)
            problems.AddRange(agreement.Parties.Where(p => !actors.Contains(p)).Select(p => $"agreement {agreement.Key}: party '{p}' is not an actor"));

        if (problems.Count > 0)
            throw new InvalidDataException("The world file is not consistent: " + string.Join("; ", problems));
    }

    private static HashSet<string> DistinctKeys(IEnumerable<string> keys, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var twice = keys.Where(k => !seen.Add(k)).ToList();
        return twice.Count == 0
            ? seen
            : throw new InvalidDataException($"The world file names the {what} {string.Join(", ", twice)} more than once.");
    }
}

/// <summary>A known actor. <paramref name="Roles"/> are titles that stand for a person in a text.</summary>
public sealed record WorldActor(
    string Slug,
    string Name,
    ActorKind Kind,
    string? Description = null,
    IReadOnlyList<string>? Aliases = null,
    IReadOnlyList<string>? Roles = null)
{
    /// <summary>The other names, never null.</summary>
    public IReadOnlyList<string> AliasList => Aliases ?? [];

    /// <summary>The titles and roles, never null.</summary>
    public IReadOnlyList<string> RoleList => Roles ?? [];
}

/// <summary>A known place; <paramref name="Government"/> is the state a capital stands for.</summary>
public sealed record WorldPlace(
    string Slug,
    string Name,
    PlaceKind Kind,
    string? Description = null,
    IReadOnlyList<string>? Aliases = null,
    string? Government = null)
{
    /// <summary>The other names, never null.</summary>
    public IReadOnlyList<string> AliasList => Aliases ?? [];
}

/// <summary>A known event with its date at its precision.</summary>
public sealed record WorldEvent(
    string Key,
    string Title,
    PartialDate Date,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Keywords,
    string? Place = null,
    string? Description = null);

/// <summary>A known agreement and the steps of its life.</summary>
public sealed record WorldAgreement(
    string Key,
    string Title,
    IReadOnlyList<string> Parties,
    IReadOnlyList<WorldMilestone> Milestones,
    IReadOnlyList<string> Keywords,
    string? Description = null);

/// <summary>A dated step of an agreement.</summary>
public sealed record WorldMilestone(PartialDate Date, string Description);
