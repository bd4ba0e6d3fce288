using MaliRussiaTracker.Data;
using MaliRussiaTracker.Data.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Intake;

/// <summary>
/// Puts articles stored with <see cref="SearchIndexing.ByTheCaller"/> into the full-text index, each call on a
/// connection of its own, and catches up on those whose writer stopped before indexing them.
/// </summary>
public sealed class ArticleSearchIndex(IDbContextFactory<TrackerDbContext> contexts, IDatabaseProvider database, ILogger<ArticleSearchIndex> logger)
{
    public async Task AddAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await database.IndexForSearchAsync(db, articleIds, cancellationToken);
    }

    /// <summary>Indexes every stored article the index lacks; cheap when none is missing.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var indexed = await database.IndexForSearchAsync(db, null, cancellationToken);
        if (indexed > 0)
            logger.LogInformation("Indexed {Count} article(s) for search that an interrupted import had left out", indexed);
    }
}
