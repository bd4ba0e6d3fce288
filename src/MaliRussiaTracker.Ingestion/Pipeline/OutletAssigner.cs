using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Outlets;
using MaliRussiaTracker.Data;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Ingestion.Pipeline;

/// <summary>
/// Gives a chunk's new articles their outlet, the agency they reprint and the voice they count as (decision 0013).
/// An outlet no entry knows is added as a candidate (by its domain) for editors, once however many articles name it;
/// a candidate another writer stored meanwhile is found by its slug and shared.
/// </summary>
internal sealed class OutletAssigner(TrackerDbContext db, WorldSnapshot world)
{
    private readonly List<(Article Article, Outlet Candidate, string? AgencyVoice)> _waitingForIds = [];

    public async Task AssignAsync(IReadOnlyList<(Article Article, OutletClues Clues)> articles, CancellationToken cancellationToken)
    {
        var identities = articles.Select(a => (a.Article, Identity: world.Outlets.Identify(a.Clues))).ToList();
        var wanted = identities.Select(i => i.Identity.Candidate?.Slug).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var stored = wanted.Count == 0
            ? []
            : await db.Outlets.Where(o => wanted.Contains(o.Slug)).ToDictionaryAsync(o => o.Slug, StringComparer.Ordinal, cancellationToken);

        foreach (var (article, identity) in identities)
        {
            var agency = identity.AgencySlug is { } agencySlug && world.OutletsBySlug.TryGetValue(agencySlug, out var known) ? known : ((long Id, string Voice, string Name)?)null;
            article.AgencyId = agency?.Id;
            if (identity.Slug is { } slug && world.OutletsBySlug.TryGetValue(slug, out var outlet))
            {
                article.OutletId = outlet.Id;
                article.Voice = agency?.Voice ?? outlet.Voice;
                // The name lists show where the article came with none (« média inconnu » otherwise).
                article.Outlet ??= outlet.Name;
            }
            else if (identity.Candidate is { } candidate)
            {
                if (!stored.TryGetValue(candidate.Slug, out var entry))
                {
                    entry = db.Outlets.Add(new Outlet
                    {
                        Slug = candidate.Slug, Name = candidate.Name, Domains = candidate.Domain is null ? [] : [candidate.Domain],
                        Kind = OutletKind.Unclassified, OwnerGroup = Outlet.Independent, Status = EntryStatus.Candidate,
                    }).Entity;
                    stored[candidate.Slug] = entry;
                }

                article.Outlet ??= entry.Name;
                _waitingForIds.Add((article, entry, agency?.Voice));
            }
            else
            {
                article.Voice = agency?.Voice;
            }
        }
    }

    /// <summary>Once the context is saved, the new candidates have ids for the articles that name them.</summary>
    public void TakeCandidateIds()
    {
        foreach (var (article, candidate, agencyVoice) in _waitingForIds)
        {
            article.OutletId = candidate.Id;
            article.Voice = agencyVoice ?? candidate.Voice;
        }
    }
}
