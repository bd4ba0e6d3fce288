using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Articles;

public enum MarkKind
{
    Actor,
    Place,
    Date,
    Quote,
    Event,
    Agreement,
}

/// <summary>
/// A stretch of the clean text the machine (or an editor) read something in, with what to show on hover:
/// the name read (empty for a quote whose speaker is unknown), and what it points at (an actor's slug, an
/// event's or agreement's key) where a page exists for it.
/// </summary>
public sealed record TextMark(int Start, int End, MarkKind Kind, string Label, ReviewState State, string? Target = null, bool IsCandidate = false);

public sealed record LinkedItem(string Key, string Title, MentionKind Kind, ReviewState State, string Evidence);

public sealed record StorySibling(long Id, string? Title, string? Outlet, PartialDate? MainDate);

public sealed record ArticleView(
    long Id, string? Title, string? Url, string? Outlet, string? Author, DateOnly? Published, PartialDate? MainDate, string? Language,
    bool? IsRelevant, ArticleStatus Status, string? StatusReason, string CleanText, IReadOnlyList<FurnitureSpan> Furniture,
    IReadOnlyList<TextMark> Marks, IReadOnlyList<LinkedItem> Linked, string? StoryKey, IReadOnlyList<StorySibling> Siblings,
    SearchCoverage SearchCoverage = SearchCoverage.WholeText)
{
    /// <summary>The outlet identified as its publisher.</summary>
    public OutletLink? Publisher { get; init; }

    /// <summary>The outlet whose dispatch it reprints.</summary>
    public OutletLink? Agency { get; init; }
}

/// <summary>An outlet as a page names it, with its kind and owner.</summary>
public sealed record OutletLink(string Slug, string Name, OutletKind Kind, string? OwnerName, EntryStatus Status);

/// <summary>One article as an analyst reads it: its text, what was read in it and where, its story's other articles.</summary>
public sealed class ArticleViewQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    public async Task<ArticleView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking()
            .Include(a => a.Story)
            .IncludingFindings()
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
            return null;

        var marks = new List<TextMark>();
        marks.AddRange(article.Mentions.Where(m => m.End > m.Start).Select(m => m.Kind switch
        {
            MentionKind.Actor => new TextMark(m.Start, m.End, MarkKind.Actor, m.Actor!.Name, m.State, m.Actor.Slug, m.Actor.Status == EntryStatus.Candidate),
            MentionKind.Place => new TextMark(m.Start, m.End, MarkKind.Place, m.Place!.Name, m.State),
            MentionKind.Event => new TextMark(m.Start, m.End, MarkKind.Event, m.Event!.Title, m.State, m.Event.Key, m.Event.Status == EntryStatus.Candidate),
            _ => new TextMark(m.Start, m.End, MarkKind.Agreement, m.Agreement!.Title, m.State, m.Agreement.Key, m.Agreement.Status == EntryStatus.Candidate),
        }));
        // The engine links events to the whole article, without a span: a date that falls inside a linked event
        // is where the text tells it, so that date's mark opens the event (the narrowest, where several hold it).
        var events = article.Mentions.Where(m => m.Kind == MentionKind.Event && m.State != ReviewState.Rejected).Select(m => m.Event!).ToList();
        string? EventOn(PartialDate date) => events
            .Where(e => e.Date.Earliest <= date.Earliest && date.Latest <= e.Date.Latest)
            .OrderBy(e => e.Date.Latest.DayNumber - e.Date.Earliest.DayNumber)
            .FirstOrDefault()?.Key;
        marks.AddRange(article.DatedFacts.Select(f => new TextMark(f.Start, f.End, MarkKind.Date, f.Resolution is null ? f.Date.ToString() : $"{f.Date} ({f.Resolution})", f.State, EventOn(f.Date))));
        marks.AddRange(article.Quotes.Select(q => new TextMark(q.Start, q.End, MarkKind.Quote, q.Speaker?.Name ?? q.SpeakerName ?? "", q.State, q.Speaker?.Slug)));

        var linked = article.Mentions.Where(m => m.Kind is MentionKind.Event or MentionKind.Agreement)
            .Select(m => m.Kind == MentionKind.Event
                ? new LinkedItem(m.Event!.Key, m.Event.Title, m.Kind, m.State, m.Evidence)
                : new LinkedItem(m.Agreement!.Key, m.Agreement.Title, m.Kind, m.State, m.Evidence))
            .ToList();

        var siblings = article.StoryId is { } storyId
            ? await db.Articles.AsNoTracking().Where(a => a.StoryId == storyId && a.Id != id).OrderBy(a => a.Id).Take(50)
                .Select(a => new StorySibling(a.Id, a.Title, a.Outlet, a.MainDate)).ToListAsync(cancellationToken)
            : [];

        return new ArticleView(article.Id, article.Title, article.Url, article.Outlet, article.Author, article.Published, article.MainDate, article.Language,
            article.IsRelevant, article.Status, article.StatusReason, article.CleanText, article.Furniture, marks, linked, article.Story?.Key, siblings,
            article.SearchCoverage)
        {
            Publisher = await OutletAsync(db, article.OutletId, cancellationToken),
            Agency = await OutletAsync(db, article.AgencyId, cancellationToken),
        };
    }

    private static async Task<OutletLink?> OutletAsync(TrackerDbContext db, long? id, CancellationToken cancellationToken) =>
        id is null ? null : await db.Outlets.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OutletLink(o.Slug, o.Name, o.Kind, o.OwnerName, o.Status)).FirstOrDefaultAsync(cancellationToken);
}
