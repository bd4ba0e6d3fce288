using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Queries.Actors;

public sealed record ActorQuote(long ArticleId, string? ArticleTitle, string? Outlet, PartialDate? Date, string Text, ReviewState State);

public sealed record ActorEvent(string Key, string Title, PartialDate Date);

public sealed record CoActor(string Slug, string Name, int Articles);

public sealed record ActorListRow(string Slug, string Name, ActorKind Kind, EntryStatus Status, int Articles);

public sealed record ActorView(
    string Slug, string Name, ActorKind Kind, string? Description, EntryStatus Status, IReadOnlyList<string> Names, IReadOnlyList<string> Roles,
    int Articles, IReadOnlyList<ActorQuote> Quotes, IReadOnlyList<ActorEvent> Events, IReadOnlyList<CoActor> SeenWith);

/// <summary>An actor's page: names, roles, what they said (newest first), their events, and who appears with them.</summary>
public sealed class ActorQuery(IDbContextFactory<TrackerDbContext> contexts)
{
    private const int MostQuotes = 100;
    private const int MostCoActors = 12;

    /// <summary>
    /// A page of the actors the filter keeps, with the number of articles that mention each (mentions no editor
    /// rejected), most cited first, and how many the filter keeps in all.
    /// </summary>
    public async Task<ActorListPage> ListAsync(ActorListFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actors = db.Actors.AsNoTracking();
        actors = filter.Candidates switch
        {
            CandidateChoice.Without => actors.Where(a => a.Status == EntryStatus.Confirmed),
            CandidateChoice.Only => actors.Where(a => a.Status == EntryStatus.Candidate),
            _ => actors,
        };
        if (filter.Kind is { } kind)
            actors = actors.Where(a => a.Kind == kind);
        if (filter.Text?.Trim() is { Length: > 0 } text)
        {
            var lower = text.ToLower();
            actors = actors.Where(a => a.Name.ToLower().Contains(lower) || a.Aliases.Any(x => x.Text.ToLower().Contains(lower)));
        }

        var total = await actors.CountAsync(cancellationToken);
        var rows = await actors
            .Select(a => new
            {
                a.Slug, a.Name, a.Kind, a.Status,
                Articles = db.Mentions.Where(m => m.ActorId == a.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId).Distinct().Count(),
            })
            .OrderByDescending(a => a.Articles).ThenBy(a => a.Name).ThenBy(a => a.Slug)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);
        return new ActorListPage([.. rows.Select(r => new ActorListRow(r.Slug, r.Name, r.Kind, r.Status, r.Articles))], total);
    }

    public async Task<ActorView?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (actor is null)
            return null;

        var mentioning = db.Mentions.Where(m => m.ActorId == actor.Id && m.State != ReviewState.Rejected).Select(m => m.ArticleId);
        var articles = await mentioning.Distinct().CountAsync(cancellationToken);
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId == actor.Id && q.State != ReviewState.Rejected)
            .Join(db.Articles, q => q.ArticleId, a => a.Id, (q, a) => new { q, a })
            .OrderByDescending(x => x.a.MainDate).ThenByDescending(x => x.q.Id)
            .Take(MostQuotes)
            .Select(x => new ActorQuote(x.a.Id, x.a.Title, x.a.Outlet, x.a.MainDate, x.q.Text, x.q.State))
            .ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Participants.Any(p => p.Id == actor.Id))
            .OrderBy(e => e.Date)
            .Select(e => new ActorEvent(e.Key, e.Title, e.Date))
            .ToListAsync(cancellationToken);
        // Ordered as an anonymous shape: EF Core cannot order by a member of a record built by its constructor.
        var seenWith = await db.Mentions.AsNoTracking()
            .Where(m => m.ActorId != null && m.ActorId != actor.Id && m.State != ReviewState.Rejected && mentioning.Contains(m.ArticleId))
            .GroupBy(m => new { m.Actor!.Slug, m.Actor.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Articles = g.Select(m => m.ArticleId).Distinct().Count() })
            .OrderByDescending(c => c.Articles).ThenBy(c => c.Name)
            .Take(MostCoActors)
            .ToListAsync(cancellationToken);

        return new ActorView(actor.Slug, actor.Name, actor.Kind, actor.Description, actor.Status,
            [.. actor.Aliases.Where(a => a.Kind == AliasKind.Name).Select(a => a.Text).Order()],
            [.. actor.Aliases.Where(a => a.Kind == AliasKind.Role).Select(a => a.Text).Order()],
            articles, quotes, events, [.. seenWith.Select(c => new CoActor(c.Slug, c.Name, c.Articles))]);
    }
}
