using System.Text;
using System.Text.RegularExpressions;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Outlets;

/// <summary>
/// Names an article's outlet and the agency it reprints from what the article carries: its page's domain first
/// (a feed's title or a batch's field may name a section, or the outlet it reprints), then the name it came with,
/// the name the engine read in its text, a site's name after its title; the agency from a dateline (« (AFP) »,
/// « BAMAKO, 3 avril (Reuters) – »), a « Source : » or « avec » line, or a given name naming a second outlet
/// (« aBamako.com (Le Pays) »). An outlet nothing knows becomes a candidate named by its domain.
/// </summary>
public sealed partial class OutletIdentifier
{
    private const int DatelineReach = 400;
    private const int CreditReach = 600;

    private static readonly Lazy<IReadOnlyList<string>> Cues = new(LoadCues);

    private readonly Dictionary<string, string> _byDomain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    public OutletIdentifier(IEnumerable<KnownOutlet> outlets)
    {
        foreach (var outlet in outlets)
        {
            foreach (var domain in outlet.Domains)
                _byDomain.TryAdd(DomainKey(domain), outlet.Slug);
            foreach (var name in outlet.Variants.Prepend(outlet.Name).Append(outlet.Slug))
            {
                if (NameKey(name) is { Length: > 1 } key)
                    _byName.TryAdd(key, outlet.Slug);
            }
        }
    }

    public OutletIdentity Identify(OutletClues clues)
    {
        var host = HostAndPath(clues.Url);
        var given = Parenthesised(clues.GivenName);
        string? slug = null, how = null;
        if (host is not null && ByDomain(host) is { } fromDomain)
            (slug, how) = (fromDomain, "domain");
        else if (ByName(given.Main) is { } fromGiven)
            (slug, how) = (fromGiven, "given name");
        else if ((ByName(clues.TextName) ?? ByDomainName(clues.TextName)) is { } fromText)
            (slug, how) = (fromText, "text");
        else if (ByName(TitleSuffix(clues.Title)) is { } fromTitle)
            (slug, how) = (fromTitle, "title");

        var (agency, agencyHow) = Agency(clues, given, slug);
        if (slug is not null)
            return new OutletIdentity(slug, agency, null, how, agencyHow);
        return new OutletIdentity(null, agency, Candidate(host, given.Main ?? clues.TextName), null, agencyHow);
    }

    private (string? Slug, string? How) Agency(OutletClues clues, (string? Main, string? Inner) given, string? outlet)
    {
        foreach (var (name, how) in Credits(clues.Text))
        {
            if (ByName(name) is { } found && found != outlet)
                return (found, how);
        }

        // A second outlet the name it came with gives: « aBamako.com (Le Pays) », or a batch saying « RFI » of a page on allafrica.com.
        if (ByName(given.Inner) is { } inner && inner != outlet)
            return (inner, "given name");
        if (outlet is not null && ByName(given.Main) is { } main && main != outlet)
            return (main, "given name");
        return (null, null);
    }

    private IEnumerable<(string Name, string How)> Credits(string? text)
    {
        if (string.IsNullOrEmpty(text))
            yield break;
        var lead = text[..Math.Min(text.Length, DatelineReach)];
        foreach (Match match in Dateline().Matches(lead))
            yield return (match.Groups["agency"].Value, "dateline");
        var tail = text[Math.Max(0, text.Length - CreditReach)..];
        foreach (var part in new[] { lead, tail })
        {
            foreach (var line in part.Split('\n'))
            {
                var folded = FoldedText.Fold(line.Trim());
                foreach (var cue in Cues.Value)
                {
                    if (folded.StartsWith(cue, StringComparison.Ordinal) && folded.Length > cue.Length && !char.IsLetter(folded[cue.Length]))
                        yield return (line.Trim()[cue.Length..].TrimStart(' ', ':', '\u00A0', '\u202F').TrimEnd('.', ' '), "credit");
                }
            }
        }

        // « (avec AFP) » at a paragraph's end, the way French sites credit a dispatch they rewrote.
        foreach (Match match in WithAgency().Matches(tail))
            yield return (match.Groups["agency"].Value, "credit");
    }

    private string? ByDomain(string hostAndPath)
    {
        // The host with its first path segment first (« t.me/rybar », « bbc.com/afrique »), then the host and each parent (news.abamako.com → abamako.com).
        var slash = hostAndPath.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && _byDomain.TryGetValue(hostAndPath, out var withPath))
            return withPath;
        var host = slash > 0 ? hostAndPath[..slash] : hostAndPath;
        while (host.Contains('.', StringComparison.Ordinal))
        {
            if (_byDomain.TryGetValue(host, out var slug))
                return slug;
            host = host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }

        return null;
    }

    // A name that is a site's address (« Imedias.net » in a signature) is looked up as a domain too.
    private string? ByDomainName(string? name) =>
        name is not null && DomainLike().IsMatch(name.Trim()) ? ByDomain(DomainKey(name.Trim())) : null;

    private string? ByName(string? name) =>
        name is not null && NameKey(name) is { Length: > 1 } key && _byName.TryGetValue(key, out var slug) ? slug : null;

    private static OutletCandidate? Candidate(string? host, string? name)
    {
        var domain = host?.Split('/')[0];
        if (domain is not null)
            return new OutletCandidate(Slugify(domain), Shorten(name ?? domain), domain);
        if (!string.IsNullOrWhiteSpace(name) && Slugify(name) is { Length: > 1 } slug)
            return new OutletCandidate(slug, Shorten(name.Trim()), DomainLike().IsMatch(name.Trim()) ? DomainKey(name.Trim()) : null);
        return null;
    }

    /// <summary>A domain as it is compared: lower case, no scheme, no « www. », no trailing slash.</summary>
    public static string DomainKey(string domain)
    {
        var key = domain.Trim().ToLowerInvariant();
        key = SchemePrefix().Replace(key, "");
        if (key.StartsWith("www.", StringComparison.Ordinal))
            key = key[4..];
        return key.TrimEnd('/');
    }

    private static string? HostAndPath(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return null;
        var host = DomainKey(uri.Host);
        var segment = uri.Segments.Length > 1 ? uri.Segments[1].TrimEnd('/').ToLowerInvariant() : "";
        return segment.Length > 0 ? host + "/" + segment : host;
    }

    /// <summary>Folded, letters and digits only: « TV5 Monde », « TV5MONDE » and « tv5monde » are one name.</summary>
    private static string NameKey(string name)
    {
        var folded = FoldedText.Fold(name.Trim());
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded.Where(char.IsLetterOrDigit))
            builder.Append(c);
        return builder.ToString();
    }

    private static (string? Main, string? Inner) Parenthesised(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return (null, null);
        var match = OuterAndInner().Match(name.Trim());
        return match.Success ? (match.Groups["main"].Value.Trim(), match.Groups["inner"].Value.Trim()) : (name.Trim(), null);
    }

    // « Mali : les accords de Moscou - Maliweb », « … | RFI »: the last short part after a separator.
    private static string? TitleSuffix(string? title)
    {
        if (title is null)
            return null;
        var match = TitleTail().Match(title);
        return match.Success ? match.Groups["site"].Value : null;
    }

    /// <summary>Lower-case ASCII letters and digits joined by dashes: a slug or a group key from any name.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in FoldedText.Fold(text.Trim()))
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length > 100 ? slug[..100].TrimEnd('-') : slug;
    }

    private static string Shorten(string name) => name.Length <= 200 ? name : name[..199] + "…";

    private static IReadOnlyList<string> LoadCues()
    {
        using var stream = typeof(OutletIdentifier).Assembly.GetManifestResourceStream("MaliRussiaTracker.credit-cues.txt")
            ?? throw new InvalidOperationException("The resource MaliRussiaTracker.credit-cues.txt is missing.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    // « BAMAKO, 3 avril 2025 (AFP) – », « (Reuters) - », « Moscou (TASS) : »: a short parenthesis followed by a dash or a colon.
    [GeneratedRegex(@"\((?<agency>[^()\n]{2,40})\)\s*[-–—:]")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\(\s*avec\s+(?:l['’])?(?<agency>[^()\n]{2,40})\)", RegexOptions.IgnoreCase)]
    private static partial Regex WithAgency();

    [GeneratedRegex(@"^(?<main>[^()]+?)\s*\((?:via\s+)?(?<inner>[^()]+)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex OuterAndInner();

    [GeneratedRegex(@"\s[-|–—]\s(?<site>[^-|–—]{2,40})$")]
    private static partial Regex TitleTail();

    [GeneratedRegex(@"^[a-z]+://")]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(@"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainLike();
}
