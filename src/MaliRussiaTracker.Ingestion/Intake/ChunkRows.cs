using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// The many small rows of a chunk (each article's mentions, dated facts and quotes, each item's result), kept out
/// of EF Core's change tracker and written in bulk once the chunk's articles are saved and have their keys.
/// </summary>
internal sealed class ChunkRows
{
    private readonly List<(Article Article, List<Mention> Mentions, List<DatedFact> Facts, List<Quote> Quotes)> _findings = [];
    private readonly List<(ImportItem Item, Article? Article)> _items = [];

    /// <summary>Takes the findings off a new article, so saving the article does not insert them one by one.</summary>
    public void TakeFindings(Article article)
    {
        _findings.Add((article, article.Mentions, article.DatedFacts, article.Quotes));
        article.Mentions = [];
        article.DatedFacts = [];
        article.Quotes = [];
    }

    /// <summary>The result of a batch item, for an article of this chunk (known once saved) or one stored before.</summary>
    public void AddItem(PreparedEntry entry, ImportOutcome outcome, string? reason, Article? article, long articleId)
    {
        if (entry.Entry.Item is not { } position)
            return;
        var item = new ImportItem { ImportBatchId = position.BatchId, Position = position.Position, Reference = ImportItemText.Reference(position.Reference), Outcome = outcome,
            Reason = reason is null ? null : ImportItemText.Reason(reason), ArticleId = articleId };
        _items.Add((item, article));
    }

    /// <summary>Points every row at its saved article (and a mention at its saved candidate) and inserts them all.</summary>
    public async Task InsertAsync(TrackerDbContext db, IDatabaseProvider provider, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>();
        var facts = new List<DatedFact>();
        var quotes = new List<Quote>();
        foreach (var (article, articleMentions, articleFacts, articleQuotes) in _findings)
        {
            foreach (var mention in articleMentions)
            {
                mention.ArticleId = article.Id;
                // A candidate made in this chunk has its key only now.
                mention.ActorId = mention.Actor?.Id ?? mention.ActorId;
                mention.EventId = mention.Event?.Id ?? mention.EventId;
                mention.Actor = null;
                mention.Event = null;
                mentions.Add(mention);
            }

            articleFacts.ForEach(f => f.ArticleId = article.Id);
            articleQuotes.ForEach(q => q.ArticleId = article.Id);
            facts.AddRange(articleFacts);
            quotes.AddRange(articleQuotes);
        }

        var items = _items.Select(i =>
        {
            if (i.Article is { } article)
                i.Item.ArticleId = article.Id;
            return i.Item;
        }).ToList();

        await provider.InsertManyAsync(db, mentions, cancellationToken);
        await provider.InsertManyAsync(db, facts, cancellationToken);
        await provider.InsertManyAsync(db, quotes, cancellationToken);
        await provider.InsertManyAsync(db, items, cancellationToken);
    }
}
