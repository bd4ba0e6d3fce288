using System.Text.Json;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Outlets;

/// <summary>
/// The outlets the tracker starts with (outlets.json, embedded beside the starting world): the database is seeded
/// from it by slug, and <c>mrt analyze</c> identifies outlets from it where no database is at hand.
/// </summary>
public sealed record OutletRegistry(IReadOnlyList<RegistryOutlet> Outlets)
{
    private const string ResourceName = "MaliRussiaTracker.outlets.json";

    /// <summary>The registry shipped with the application.</summary>
    public static OutletRegistry LoadEmbedded()
    {
        using var stream = typeof(OutletRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(OutletRegistry).Assembly.GetName().Name}.");
        return Read(stream);
    }

    /// <summary>Reads a registry file; throws <see cref="InvalidDataException"/> saying what is wrong with it.</summary>
    public static OutletRegistry Read(Stream json)
    {
        OutletRegistry? registry;
        try
        {
            registry = JsonSerializer.Deserialize<OutletRegistry>(json, StartingWorld.JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The outlet registry is not valid: {e.Message}", e);
        }

        if (registry is null)
            throw new InvalidDataException("The outlet registry is empty.");
        registry.Check();
        return registry;
    }

    // A slug or a domain given twice would make identification depend on the file's order; an affiliation without
    // its source is a claim no editor can check.
    private void Check()
    {
        var problems = new List<string>();
        problems.AddRange(Outlets.GroupBy(o => o.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"the slug {g.Key} is given more than once"));
        problems.AddRange(Outlets.SelectMany(o => o.DomainList.Select(d => (Domain: OutletIdentifier.DomainKey(d), o.Slug)))
            .GroupBy(x => x.Domain, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"the domain {g.Key} belongs to {string.Join(" and ", g.Select(x => x.Slug))}"));
        problems.AddRange(Outlets.Where(o => string.IsNullOrWhiteSpace(o.OwnerSource)).Select(o => $"{o.Slug} has no source for its owner"));
        if (problems.Count > 0)
            throw new InvalidDataException("The outlet registry is not consistent: " + string.Join("; ", problems));
    }
}

/// <summary>An outlet of the registry file.</summary>
public sealed record RegistryOutlet(
    string Slug,
    string Name,
    OutletKind Kind,
    IReadOnlyList<string>? Variants = null,
    IReadOnlyList<string>? Domains = null,
    string? Country = null,
    string? Language = null,
    string Owner = Outlet.Independent,
    string? OwnerName = null,
    string? OwnerSource = null,
    DateOnly? OwnerDate = null)
{
    /// <summary>The other names, never null.</summary>
    public IReadOnlyList<string> VariantList => Variants ?? [];

    /// <summary>The domains, never null.</summary>
    public IReadOnlyList<string> DomainList => Domains ?? [];

    /// <summary>The outlet as the identifier knows it.</summary>
    public KnownOutlet ToKnown() => new(Slug, Name, VariantList, DomainList);
}
