using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Articles;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Review;

/// <summary>
/// One finding as the review page shows it. For an actor, place, event or agreement the target is what the words
/// were read as; for a quote it is the speaker; for a date, <see cref="Date"/> and how it was resolved.
/// </summary>
public sealed record ReviewFinding(
    FindingKind Kind, long Id, int Start, int End, string Evidence, string? TargetKey, string? TargetName, bool TargetIsCandidate,
    PartialDate? Date, string? Resolution, ReviewState State, string? DecidedBy, DateTimeOffset? DecidedAt);

/// <summary>The version of an article an editor is looking at, and since when: the second of two editors is told what changed.</summary>
public sealed record ArticleSnapshot(long ArticleId, Guid Version, DateTimeOffset LoadedAt);

public sealed record ArticleUnderReview(
    long Id, string? Title, string? Outlet, DateOnly? Published, string? Url, string CleanText, double Relevance, bool? IsRelevant,
    string? RelevanceDecidedBy, IReadOnlyList<string> Tags, IReadOnlyList<ReviewFinding> Findings, ArticleSnapshot Snapshot);

/// <summary>An article with every finding and its state, in text order, for the review page.</summary>
public sealed class ArticleReviewQuery(IDbContextFactory<TrackerDbContext> contexts, TimeProvider clock)
{
    public async Task<ArticleUnderReview?> GetAsync(long articleId, CancellationToken cancellationToken)
    {
        var loadedAt = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking()
            .IncludingFindings()
            .Include(a => a.Tags).ThenInclude(t => t.Tag)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
            return null;

        var findings = article.Mentions.Select(Of)
            .Concat(article.DatedFacts.Select(f => new ReviewFinding(
                FindingKind.Date, f.Id, f.Start, f.End, f.Text, null, null, false, f.Date, f.Resolution, f.State, f.DecidedBy, f.DecidedAt)))
            .Concat(article.Quotes.Select(q => new ReviewFinding(
                FindingKind.Quote, q.Id, q.Start, q.End, q.Text, q.Speaker?.Slug, q.Speaker?.Name ?? q.SpeakerName,
                q.Speaker?.Status == EntryStatus.Candidate, null, null, q.State, q.DecidedBy, q.DecidedAt)))
            .OrderBy(f => f.Start).ThenBy(f => f.Kind).ThenBy(f => f.Id)
            .ToList();
        return new ArticleUnderReview(
            article.Id, article.Title, article.Outlet, article.Published, article.Url, article.CleanText, article.Relevance, article.IsRelevant,
            article.RelevanceDecidedBy, [.. article.Tags.Select(t => t.Tag!.Name).Order()], findings,
            new ArticleSnapshot(article.Id, article.Version, loadedAt));
    }

    private static ReviewFinding Of(Mention m)
    {
        var (kind, key, name, candidate) = m.Kind switch
        {
            MentionKind.Actor => (FindingKind.Actor, m.Actor?.Slug, m.Actor?.Name, m.Actor?.Status == EntryStatus.Candidate),
            MentionKind.Place => (FindingKind.Place, m.Place?.Slug, m.Place?.Name, m.Place?.Status == EntryStatus.Candidate),
            MentionKind.Event => (FindingKind.Event, m.Event?.Key, m.Event?.Title, m.Event?.Status == EntryStatus.Candidate),
            _ => (FindingKind.Agreement, m.Agreement?.Key, m.Agreement?.Title, m.Agreement?.Status == EntryStatus.Candidate),
        };
        return new ReviewFinding(kind, m.Id, m.Start, m.End, m.Evidence, key, name, candidate, null, null, m.State, m.DecidedBy, m.DecidedAt);
    }
}
