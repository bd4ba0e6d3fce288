using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Sources;
using MaliRussiaTracker.Data.Queries.Timeline;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Agreements;

public sealed record AgreementRow(
    string Key, string Title, IReadOnlyList<NamedLink> Parties, PartialDate? First, PartialDate? Last, int Milestones, Corroboration Sources, EntryStatus Status);

public sealed record AgreementListPage(IReadOnlyList<AgreementRow> Rows, int Total);

/// <summary>A step of the agreement, with the articles behind the agreement that date something inside it.</summary>
public sealed record MilestoneView(PartialDate Date, string Description, IReadOnlyList<SourceArticle> Sources);

public sealed record AgreementView(
    string Key, string Title, string? Description, EntryStatus Status, IReadOnlyList<NamedLink> Parties, Corroboration Sources,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<SourceArticle> Articles, IReadOnlyList<SourceQuote> Quotes);

/// <summary>The agreement list (the timeline's filters; places do not apply) and one agreement's page with its milestones in date order.</summary>
public sealed class AgreementQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<AgreementListPage> ListAsync(TimelineFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreements = Filtered(db, filter);
        var total = await agreements.CountAsync(cancellationToken);
        var rows = await agreements
            .OrderBy(a => a.Milestones.Min(m => (DateOnly?)m.Earliest)).ThenBy(a => a.Key)
            .Skip(skip).Take(take)
            .Select(a => new
            {
                a.Key, a.Title, a.Sources, a.Status,
                Parties = a.Parties.OrderBy(p => p.Name).Select(p => new NamedLink(p.Slug, p.Name)).ToList(),
                Dates = a.Milestones.Select(m => m.Date).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // Left-out articles leave the agreement's sources as the rest back them, as on the timeline.
        var counts = filter.NarrowsArticles
            ? await ArticleVoices.RecountAgreementsAsync(db, filter, [.. rows.Select(r => r.Key)], cancellationToken)
            : null;
        return new AgreementListPage(
            [.. rows.Select(r => new AgreementRow(r.Key, r.Title, r.Parties, r.Dates.Count == 0 ? null : r.Dates.Min(), r.Dates.Count == 0 ? null : r.Dates.Max(), r.Dates.Count,
                counts is null ? r.Sources : counts.GetValueOrDefault(r.Key) ?? new Corroboration(), r.Status))],
            total);
    }

    public async Task<AgreementView?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Milestones).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Key == key, cancellationToken);
        if (agreement is null)
            return null;

        var behind = db.Mentions.Where(m => m.AgreementId == agreement.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId);
        var articles = await SourceLookup.ArticlesAsync(db, behind, cancellationToken);
        var parties = db.Agreements.Where(a => a.Id == agreement.Id).SelectMany(a => a.Parties).Select(p => p.Id);
        var aboutOthers = db.Mentions.Where(m => m.AgreementId != null && m.AgreementId != agreement.Id && m.State != ReviewState.Rejected);
        var quotes = await SourceLookup.QuotesAsync(db, behind, parties, aboutOthers, cancellationToken);

        // A milestone has no mentions of its own: its sources are the agreement's articles that date something
        // inside it (« jeudi 4 juillet 2024 » for the ratification). Only the articles listed are looked at.
        var ids = articles.Select(a => a.Id).ToList();
        var facts = await db.DatedFacts.AsNoTracking()
            .Where(f => ids.Contains(f.ArticleId) && f.State != ReviewState.Rejected)
            .Select(f => new { f.ArticleId, f.Date })
            .ToListAsync(cancellationToken);
        var milestones = agreement.Milestones.OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new MilestoneView(m.Date, m.Description,
                [.. articles.Where(a => facts.Any(f => f.ArticleId == a.Id && m.Earliest <= f.Date.Earliest && f.Date.Latest <= m.Latest))]))
            .ToList();

        return new AgreementView(agreement.Key, agreement.Title, agreement.Description, agreement.Status,
            [.. agreement.Parties.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => new NamedLink(p.Slug, p.Name))],
            agreement.Sources, milestones, articles, quotes);
    }

    private static IQueryable<Agreement> Filtered(TrackerDbContext db, TimelineFilter filter)
    {
        var agreements = db.Agreements.AsNoTracking();
        if (!filter.WithCandidates)
            agreements = agreements.Where(a => a.Status == EntryStatus.Confirmed);
        if (filter.From is not null || filter.To is not null)
        {
            // One milestone must overlap the range, as on the timeline, not one before it and another after.
            var from = filter.From ?? DateOnly.MinValue;
            var to = filter.To ?? DateOnly.MaxValue;
            agreements = agreements.Where(a => a.Milestones.Any(m => m.Latest >= from && m.Earliest <= to));
        }
        if (filter.Actors.Count > 0)
        {
            var actors = filter.Actors.ToList();
            agreements = agreements.Where(a => a.Parties.Any(p => actors.Contains(p.Slug)));
        }

        if (filter.Outlet is { Length: > 0 } outlet)
            agreements = agreements.Where(a => db.Mentions.Any(m => m.AgreementId == a.Id && m.State != ReviewState.Rejected && db.Articles.Any(x => x.Id == m.ArticleId && x.Outlet == outlet)));
        if (filter.Text is { Length: > 0 } text)
            agreements = agreements.Where(a => a.Title.ToLower().Contains(text.ToLower()));
        if (filter.NarrowsArticles)
            agreements = ArticleVoices.BackedBy(db, agreements, ArticleVoices.Kept(db, filter));
        return agreements;
    }
}
