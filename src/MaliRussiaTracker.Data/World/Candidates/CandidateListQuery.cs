using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.World.Candidates;

/// <summary>What a candidate would become: the three kinds of actor, a place, an event or an agreement.</summary>
public enum CandidateKind
{
    Person,
    Organisation,
    State,
    Place,
    Event,
    Agreement,
}

public sealed record CandidateFilter(CandidateKind? Kind = null, string? Text = null);

/// <summary>An article behind a candidate, to open from the candidate's line.</summary>
public sealed record CandidateArticle(long Id, string? Title);

/// <summary>A candidate as the editor decides it: the words of the text that show it, and the articles that name it.</summary>
public sealed record CandidateRow(CandidateKind Kind, string Key, string Name, int Articles, string? Evidence, IReadOnlyList<CandidateArticle> Seen);

public sealed record CandidatePage(IReadOnlyList<CandidateRow> Rows, int Total);

/// <summary>
/// The machine's candidates of every kind, most articles first, a page at a time. The ordering counts articles in
/// the database, and the evidence and articles are read for the page's lines only, so thousands of candidates are
/// never loaded.
/// </summary>
public sealed class CandidateListQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    /// <summary>Articles linked from a candidate's line; its count says how many there are in all.</summary>
    public const int ArticlesShown = 5;

    public async Task<CandidatePage> ListAsync(CandidateFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lower = filter.Text?.Trim().ToLower() is { Length: > 0 } t ? t : null;
        var lines = Lines(db, filter.Kind, lower);
        var total = await lines.CountAsync(cancellationToken);
        var page = await lines.OrderByDescending(l => l.Articles).ThenBy(l => l.Name).ThenBy(l => l.Key)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);

        var rows = new List<CandidateRow>(page.Count);
        foreach (var line in page)
        {
            var kind = (CandidateKind)line.Kind;
            var mentions = Mentions(db, CandidateDecisions.Table(kind), line.Id).Where(m => m.State != ReviewState.Rejected);
            var evidence = await mentions.OrderBy(m => m.Id).Select(m => m.Evidence).FirstOrDefaultAsync(cancellationToken);
            var seen = await mentions.GroupBy(m => m.ArticleId)
                .Select(g => new { Id = g.Key, Title = db.Articles.Where(a => a.Id == g.Key).Select(a => a.Title).FirstOrDefault() })
                .OrderByDescending(a => a.Id).Take(ArticlesShown).ToListAsync(cancellationToken);
            rows.Add(new CandidateRow(kind, line.Key, line.Name, line.Articles, evidence, [.. seen.Select(a => new CandidateArticle(a.Id, a.Title))]));
        }

        return new CandidatePage(rows, total);
    }

    // One shape for the four tables, so one ORDER BY and one LIMIT page them together.
    private static IQueryable<Line> Lines(TrackerDbContext db, CandidateKind? kind, string? lower)
    {
        IQueryable<Line>? lines = null;
        if (kind is null or CandidateKind.Person or CandidateKind.Organisation or CandidateKind.State)
        {
            var actors = db.Actors.Where(a => a.Status == EntryStatus.Candidate);
            if (kind is { } k)
            {
                var actorKind = k switch { CandidateKind.Organisation => ActorKind.Organisation, CandidateKind.State => ActorKind.State, _ => ActorKind.Person };
                actors = actors.Where(a => a.Kind == actorKind);
            }
            if (lower is not null)
                actors = actors.Where(a => a.Name.ToLower().Contains(lower) || a.Aliases.Any(x => x.Text.ToLower().Contains(lower)));
            lines = actors.Select(a => new Line
            {
                Kind = a.Kind == ActorKind.Organisation ? (int)CandidateKind.Organisation : a.Kind == ActorKind.State ? (int)CandidateKind.State : (int)CandidateKind.Person, Id = a.Id, Key = a.Slug, Name = a.Name,
                Articles = db.Mentions.Where(m => m.ActorId == a.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId).Distinct().Count(),
            });
        }
        if (kind is null or CandidateKind.Place)
        {
            var places = db.Places.Where(p => p.Status == EntryStatus.Candidate);
            if (lower is not null)
                places = places.Where(p => p.Name.ToLower().Contains(lower));
            lines = Add(lines, places.Select(p => new Line
            {
                Kind = (int)CandidateKind.Place, Id = p.Id, Key = p.Slug, Name = p.Name,
                Articles = db.Mentions.Where(m => m.PlaceId == p.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId).Distinct().Count(),
            }));
        }
        if (kind is null or CandidateKind.Event)
        {
            var events = db.Events.Where(e => e.Status == EntryStatus.Candidate);
            if (lower is not null)
                events = events.Where(e => e.Title.ToLower().Contains(lower));
            lines = Add(lines, events.Select(e => new Line
            {
                Kind = (int)CandidateKind.Event, Id = e.Id, Key = e.Key, Name = e.Title,
                Articles = db.Mentions.Where(m => m.EventId == e.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId).Distinct().Count(),
            }));
        }
        if (kind is null or CandidateKind.Agreement)
        {
            var agreements = db.Agreements.Where(a => a.Status == EntryStatus.Candidate);
            if (lower is not null)
                agreements = agreements.Where(a => a.Title.ToLower().Contains(lower));
            lines = Add(lines, agreements.Select(a => new Line
            {
                Kind = (int)CandidateKind.Agreement, Id = a.Id, Key = a.Key, Name = a.Title,
                Articles = db.Mentions.Where(m => m.AgreementId == a.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId).Distinct().Count(),
            }));
        }
        return lines!;
    }

    private static IQueryable<Line> Add(IQueryable<Line>? lines, IQueryable<Line> more) => lines is null ? more : lines.Concat(more);

    private static IQueryable<Mention> Mentions(TrackerDbContext db, WorldEntryKind table, long id) => table switch
    {
        WorldEntryKind.Actor => db.Mentions.Where(m => m.ActorId == id),
        WorldEntryKind.Place => db.Mentions.Where(m => m.PlaceId == id),
        WorldEntryKind.Event => db.Mentions.Where(m => m.EventId == id),
        _ => db.Mentions.Where(m => m.AgreementId == id),
    };

    // A class with setters, not a record: EF Core orders and unions by members it can see assigned. The kind is a
    // number: enums are stored as text, and PostgreSQL will not unite a text column with a constant the model types otherwise.
    private sealed class Line
    {
        public int Kind { get; init; }
        public long Id { get; init; }
        public required string Key { get; init; }
        public required string Name { get; init; }
        public int Articles { get; init; }
    }
}
