namespace MaliRussiaTracker.Core.Outlets;

/// <summary>An outlet as identification knows it: its names and domains.</summary>
public sealed record KnownOutlet(string Slug, string Name, IReadOnlyList<string> Variants, IReadOnlyList<string> Domains);

/// <summary>What an article says about who published it, each clue optional.</summary>
public sealed record OutletClues
{
    public string? Url { get; init; }
    /// <summary>The name it came with: a batch file's <c>outlet</c> field, its feed's title, its page's <c>og:site_name</c> or JSON-LD publisher.</summary>
    public string? GivenName { get; init; }
    /// <summary>The outlet the engine read in the text (a site's signature line, « Imedias.net »).</summary>
    public string? TextName { get; init; }
    public string? Title { get; init; }
    /// <summary>The clean text, where datelines (« BAMAKO, 3 avril (AFP) – ») and « Source : » lines are read.</summary>
    public string? Text { get; init; }
}

/// <summary>
/// Who published an article (<see cref="Slug"/>, a known outlet, or else a <see cref="Candidate"/> for editors), and
/// the outlet whose dispatch it reprints (<see cref="AgencySlug"/>), each with the clue that named it.
/// </summary>
public sealed record OutletIdentity(string? Slug, string? AgencySlug, OutletCandidate? Candidate, string? How, string? AgencyHow)
{
    public static OutletIdentity None { get; } = new(null, null, null, null, null);
}

/// <summary>An outlet no entry knows: its slug (from its domain, else its name), its name and its domain.</summary>
public sealed record OutletCandidate(string Slug, string Name, string? Domain);
