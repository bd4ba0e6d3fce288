using System.Diagnostics;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Ingestion.Worker;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Tests.Worker;

public abstract class IngestionWorkerTests(DatabaseFixture database) : IAsyncLifetime
{
    protected static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    protected LoopbackServer Server { get; private set; } = null!;
    protected DatabaseFixture Database => database;

    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task New_entries_of_a_healthy_feed_become_articles_while_broken_feeds_keep_their_error_and_wait()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        ServeFeed($"/{tag}/rss", [$"/{tag}/a1", $"/{tag}/a2"]);
        ServePage($"/{tag}/a1", $"Première dépêche {tag} : le ministre malien des Affaires étrangères reçu à Moscou.");
        ServePage($"/{tag}/a2", $"Seconde dépêche {tag} : une délégation russe reçue au palais de Koulouba à Bamako.");
        Server.Map($"/{tag}/broken", "text/plain", "panne", StatusCodes.Status500InternalServerError);
        Server.Map($"/{tag}/malformed", "application/rss+xml", "<rss><channel><item>");
        var healthy = await AddFeedAsync($"/{tag}/rss");
        var broken = await AddFeedAsync($"/{tag}/broken");
        var malformed = await AddFeedAsync($"/{tag}/malformed");

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.Articles.CountAsync(a => a.Url!.Contains(tag)) == 2 && await db.PendingPages.CountAsync(p => p.Url.Contains(tag)) == 0);

        await using var check = database.NewContext();
        var feeds = await check.Feeds.Where(f => f.Url.Contains(tag)).ToDictionaryAsync(f => f.Id);
        Assert.Equal((0, "\"v1\""), (feeds[healthy].ErrorCount, feeds[healthy].ETag));
        Assert.True(feeds[broken].ErrorCount >= 1);
        Assert.Contains("500", feeds[broken].LastError, StringComparison.Ordinal);
        Assert.True(feeds[malformed].ErrorCount >= 1);
        Assert.True(feeds[broken].NextCheckAt > feeds[broken].LastCheckedAt);
        var articles = await check.Articles.Where(a => a.Url!.Contains(tag)).ToListAsync();
        Assert.All(articles, a => Assert.Equal(ArticleStatus.Analysed, a.Status));
        Assert.All(articles, a => Assert.Contains("<html", a.RawText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_fails_for_now_waits_for_another_try_and_a_page_that_is_gone_is_given_up()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        Server.Map($"/{tag}/down", "text/plain", "indisponible", StatusCodes.Status503ServiceUnavailable);
        Server.Map($"/{tag}/gone", "text/plain", "introuvable", StatusCodes.Status404NotFound);
        await using var services = DatabaseFixture.BuildServices(new Dictionary<string, string?>(database.Settings) { ["Ingestion:Fetching:AllowedHosts:0"] = "127.0.0.1" });
        var queue = services.GetRequiredService<PageQueue>();
        Assert.Equal(EnqueueOutcome.Queued, await queue.EnqueueAsync(Server.Url($"/{tag}/down").AbsoluteUri, null, null, CancellationToken.None));
        Assert.Equal(EnqueueOutcome.Queued, await queue.EnqueueAsync(Server.Url($"/{tag}/gone").AbsoluteUri, null, null, CancellationToken.None));
        Assert.Equal(EnqueueOutcome.AlreadyWaiting, await queue.EnqueueAsync(Server.Url($"/{tag}/gone?utm_source=x").AbsoluteUri, null, null, CancellationToken.None));

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.PendingPages.CountAsync(p => p.Url.Contains(tag) && p.Attempts > 0) == 2);

        await using var check = database.NewContext();
        var pages = await check.PendingPages.Where(p => p.Url.Contains(tag)).ToDictionaryAsync(p => p.Url[(p.Url.LastIndexOf('/') + 1)..]);
        Assert.Equal((PendingPageStatus.Waiting, 1), (pages["down"].Status, pages["down"].Attempts));
        Assert.True(pages["down"].NextAttemptAt > TimeProvider.System.GetUtcNow().AddMinutes(1));
        Assert.Equal(PendingPageStatus.Failed, pages["gone"].Status);
        Assert.Contains("404", pages["gone"].LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_nested_100000_deep_and_a_5_MB_page_each_fail_alone_while_another_feeds_pages_come_in()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        ServeFeed($"/{tag}/hostile", [$"/{tag}/deep", $"/{tag}/huge"]);
        Server.Map($"/{tag}/deep", "text/html; charset=utf-8", Pages.BoundedExtractionTests.Nested(100_000));
        // Just under the page size limit, in tiny elements: past what the article finder is given, past the element limit.
        var huge = new System.Text.StringBuilder("<!DOCTYPE html><html><body>");
        while (huge.Length < 5_000_000)
            huge.Append("<span>mot</span> ");
        Server.Map($"/{tag}/huge", "text/html; charset=utf-8", huge.Append("</body></html>").ToString());
        ServeFeed($"/{tag}/healthy", [$"/{tag}/a1", $"/{tag}/a2"]);
        ServePage($"/{tag}/a1", $"Première dépêche {tag} : le ministre malien des Affaires étrangères reçu à Moscou.");
        ServePage($"/{tag}/a2", $"Seconde dépêche {tag} : une délégation russe reçue au palais de Koulouba à Bamako.");
        await AddFeedAsync($"/{tag}/hostile");
        await AddFeedAsync($"/{tag}/healthy");

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.Articles.CountAsync(a => a.Url!.Contains(tag)) == 2
                && await db.PendingPages.CountAsync(p => p.Url.Contains(tag) && p.Status == PendingPageStatus.Failed) == 2);

        await using var check = Database.NewContext();
        var failed = await check.PendingPages.Where(p => p.Url.Contains(tag)).ToDictionaryAsync(p => p.Url[(p.Url.LastIndexOf('/') + 1)..], p => p.LastError);
        Assert.Contains("nest more than 5,000 deep", failed["deep"], StringComparison.Ordinal);
        Assert.Contains("more than 250,000 elements", failed["huge"], StringComparison.Ordinal);
        // This process (the web app's, in production) is still here to say so.
        Assert.False(Environment.HasShutdownStarted);
    }

    [Fact]
    public async Task A_feed_entrys_date_author_and_text_travel_with_its_page_and_become_the_article_when_the_page_is_given_up()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        Server.Map($"/{tag}/rss", "application/rss+xml; charset=utf-8", $"""
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Flux</title>
            <item><title>Dépêche {tag} lue</title><link>{Server.Url($"/{tag}/found").AbsoluteUri}</link><pubDate>Thu, 03 Apr 2025 18:45:00 GMT</pubDate><dc:creator>Aminata Traoré</dc:creator></item>
            <item><title>Dépêche {tag} perdue</title><link>{Server.Url($"/{tag}/lost").AbsoluteUri}</link><pubDate>Fri, 04 Apr 2025 08:00:00 GMT</pubDate><dc:creator>Moussa Keïta</dc:creator>
            <description>&lt;p&gt;Résumé {tag} : une délégation russe a été reçue à Koulouba par le colonel Assimi Goïta.&lt;/p&gt;</description></item>
            </channel></rss>
            """);
        ServePage($"/{tag}/found", $"Dépêche {tag} sans date ni auteur imprimés : le ministre malien des Affaires étrangères reçu à Moscou.");
        Server.Map($"/{tag}/lost", "text/plain", "interdit", StatusCodes.Status403Forbidden);
        await AddFeedAsync($"/{tag}/rss");

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.Articles.CountAsync(a => a.Url!.Contains(tag)) == 2);

        await using var check = Database.NewContext();
        var articles = await check.Articles.Where(a => a.Url!.Contains(tag)).ToDictionaryAsync(a => a.Url![(a.Url!.LastIndexOf('/') + 1)..]);
        Assert.Equal((new DateOnly(2025, 4, 3), "Aminata Traoré", false), (articles["found"].Published, articles["found"].Author, articles["found"].TextFromFeed));
        Assert.Equal("utf-8", articles["found"].Charset);
        var lost = articles["lost"];
        Assert.Equal(($"Dépêche {tag} perdue", new DateOnly(2025, 4, 4), "Moussa Keïta", true), (lost.Title, lost.Published, lost.Author, lost.TextFromFeed));
        Assert.StartsWith($"Résumé {tag} : une délégation russe", lost.CleanText, StringComparison.Ordinal);
        var given = await check.PendingPages.SingleAsync(p => p.Url.Contains(tag));
        Assert.Equal(PendingPageStatus.Failed, given.Status);
        Assert.Contains("403", given.LastError, StringComparison.Ordinal);
        Assert.Contains($"the feed's own text was kept as article {lost.Id}", given.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_whose_processing_throws_gets_its_error_and_its_wait_instead_of_being_taken_again_at_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        ServeFeed($"/{tag}/rss", [$"/{tag}/a1"]);
        ServePage($"/{tag}/a1", $"Dépêche {tag} : le colonel Assimi Goïta reçoit une délégation russe à Koulouba.");
        var feedId = await AddFeedAsync($"/{tag}/rss");

        // A fault inside the poll itself (here, the log line it writes once the entries are queued), not in the feed.
        await using (await StartWorkerAsync(configure: s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Information).AddProvider(new ThrowingLogger("entries,")))))
            await WaitUntilAsync(async db => await db.Feeds.AnyAsync(f => f.Id == feedId && f.ErrorCount > 0));

        await using var check = Database.NewContext();
        var feed = await check.Feeds.SingleAsync(f => f.Id == feedId);
        Assert.Contains("An error in its processing", feed.LastError, StringComparison.Ordinal);
        Assert.True(feed.NextCheckAt >= feed.LastCheckedAt!.Value.AddMinutes(30));
        Assert.Single(Server.ReceivedAt($"/{tag}/rss"));
    }

    /// <summary>Throws from the worker's own code where it logs a line holding <paramref name="marker"/>.</summary>
    private sealed class ThrowingLogger(string marker) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains(marker, StringComparison.Ordinal))
                // Not an InvalidOperationException, which the worker takes for the database gone (EF Core's way of saying so).
                throw new FormatException("a fault planted by the test");
        }

        public void Dispose()
        {
        }
    }

    protected void ServeFeed(string path, IEnumerable<string> pages)
    {
        var items = string.Concat(pages.Select((p, i) => $"<item><title>Dépêche {i}</title><link>{Server.Url(p).AbsoluteUri}</link><guid>{p}</guid></item>"));
        Server.Map(path, async context =>
        {
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            context.Response.Headers.ETag = "\"v1\"";
            await context.Response.WriteAsync($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Flux d'essai</title>{items}</channel></rss>");
        });
    }

    [Fact]
    public async Task A_page_whose_title_is_longer_than_an_article_may_have_is_stored_once_with_its_title_shortened()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        ServeFeed($"/{tag}/rss", [$"/{tag}/long-title"]);
        var title = $"Titre {tag} " + string.Join(' ', Enumerable.Repeat("interminable", 150));
        Server.Map($"/{tag}/long-title", "text/html; charset=utf-8", $$"""
            <!DOCTYPE html><html lang="fr"><head><title>{{title}}</title></head><body><article><h1>{{title}}</h1>
            <p>Dépêche {{tag}} : le colonel Assimi Goïta a reçu une délégation russe à Koulouba pour parler de la coopération militaire.</p>
            <p>Selon les deux gouvernements, la coopération entre le Mali et la Russie porte sur la formation des soldats et la livraison de matériel.</p>
            </article></body></html>
            """);
        await AddFeedAsync($"/{tag}/rss");

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.Articles.AnyAsync(a => a.Url!.Contains(tag)) && !await db.PendingPages.AnyAsync(p => p.Url.Contains(tag)));

        await using var check = Database.NewContext();
        var article = await check.Articles.SingleAsync(a => a.Url!.Contains(tag));
        Assert.Equal(1000, article.Title!.Length);
        Assert.EndsWith("…", article.Title, StringComparison.Ordinal);
        Assert.Single(Server.ReceivedAt($"/{tag}/long-title"));
    }

    [Fact]
    public async Task A_feed_entry_pointing_at_a_loopback_page_is_never_fetched_nor_stored()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        // The feed's own host is allowed by name; the entry points at the same server by its loopback address.
        var secret = $"http://127.0.0.1:{Server.BaseUri.Port}/{tag}/secret";
        Server.Map($"/{tag}/rss", "application/rss+xml; charset=utf-8", $"""
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Flux</title>
            <item><title>Secret</title><link>{secret}</link></item>
            <item><title>Public</title><link>http://localhost:{Server.BaseUri.Port}/{tag}/public</link></item></channel></rss>
            """);
        ServePage($"/{tag}/secret", $"Page {tag} que seule la machine peut lire : la clé du service de métadonnées est ici.");
        ServePage($"/{tag}/public", $"Dépêche {tag} publique : le colonel Assimi Goïta reçoit une délegation russe à Koulouba.");
        await using (var db = Database.NewContext())
        {
            db.Feeds.Add(new Feed { Url = $"http://localhost:{Server.BaseUri.Port}/{tag}/rss", PollInterval = TimeSpan.FromMinutes(30), NextCheckAt = TimeProvider.System.GetUtcNow().AddSeconds(-1) });
            await db.SaveChangesAsync();
        }

        await using (await StartWorkerAsync(new Dictionary<string, string?> { ["Ingestion:Fetching:AllowedHosts:0"] = "localhost" }))
            await WaitUntilAsync(async db => await db.Articles.AnyAsync(a => a.Url!.Contains(tag)));

        await using var check = Database.NewContext();
        Assert.Equal([$"http://localhost:{Server.BaseUri.Port}/{tag}/public"], await check.Articles.Where(a => a.Url!.Contains(tag)).Select(a => a.Url).ToListAsync());
        Assert.Empty(Server.ReceivedAt($"/{tag}/secret"));
    }

    protected void ServePage(string path, string lead) => Server.Map(path, "text/html; charset=utf-8", $$"""
        <!DOCTYPE html><html lang="fr"><head><title>{{lead[..30]}}</title><meta property="og:site_name" content="Journal d'essai"></head>
        <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
        <article><h1>{{lead[..30]}}</h1>
        <p>{{lead}} Le ministre a salué « une coopération qui se renforce chaque année » lors de sa conférence de presse.</p>
        <p>Selon les deux gouvernements, la coopération militaire entre le Mali et la Russie porte sur la formation des soldats,
        la livraison de matériel et le partage de renseignement, dans le cadre de la lutte contre les groupes armés au Sahel.</p>
        <p>Les observateurs notent que ce rapprochement s'inscrit dans la recomposition des alliances en Afrique de l'Ouest
        depuis le retrait des forces françaises et onusiennes, et que l'Alliance des États du Sahel en fait un axe majeur.</p>
        </article><footer>© Journal d'essai — Tous droits réservés</footer></body></html>
        """);

    protected async Task<long> AddFeedAsync(string path)
    {
        await using var db = database.NewContext();
        var feed = new Feed { Url = Server.Url(path).AbsoluteUri, PollInterval = TimeSpan.FromMinutes(30), NextCheckAt = TimeProvider.System.GetUtcNow().AddSeconds(-1) };
        db.Feeds.Add(feed);
        await db.SaveChangesAsync();
        return feed.Id;
    }

    /// <summary>A worker as the web app runs it, on its own services, polling often so the test is quick.</summary>
    protected async Task<RunningWorker> StartWorkerAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>(database.Settings)
        {
            ["Ingestion:IdleDelay"] = "00:00:00.100",
            ["Ingestion:MaxDatabaseRetryDelay"] = "00:00:00.250",
            ["Ingestion:Fetching:AllowedHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var services = DatabaseFixture.BuildServices(all, configure);
        var worker = ActivatorUtilities.CreateInstance<IngestionWorker>(services);
        await worker.StartAsync(CancellationToken.None);
        return new RunningWorker(services, worker);
    }

    protected async Task WaitUntilAsync(Func<Data.TrackerDbContext, Task<bool>> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using (var db = database.NewContext())
            {
                if (await done(db))
                    return;
            }

            Assert.True(clock.Elapsed < Deadline, $"Not done within {Deadline}.");
            await Task.Delay(100);
        }
    }

    protected sealed class RunningWorker(ServiceProvider services, IngestionWorker worker) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await worker.StopAsync(CancellationToken.None);
            worker.Dispose();
            await services.DisposeAsync();
        }
    }
}

public sealed class IngestionWorkerTestsOnSqlite(SqliteDatabaseFixture database) : IngestionWorkerTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class IngestionWorkerTestsOnPostgres(PostgresDatabaseFixture database) : IngestionWorkerTests(database), IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Two_workers_polling_the_same_feeds_store_each_page_once()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var pages = Enumerable.Range(1, 6).Select(i => $"/{tag}/p{i}").ToList();
        ServeFeed($"/{tag}/rss-a", pages);
        ServeFeed($"/{tag}/rss-b", pages);
        foreach (var (page, i) in pages.Select((p, i) => (p, i)))
            ServePage(page, $"Dépêche numéro {i} ({tag}) sur la coopération entre Bamako et Moscou, version {i * 7}.");
        await AddFeedAsync($"/{tag}/rss-a");
        await AddFeedAsync($"/{tag}/rss-b");

        await using (await StartWorkerAsync())
        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.Articles.CountAsync(a => a.Url!.Contains(tag)) == 6 && await db.PendingPages.CountAsync(p => p.Url.Contains(tag)) == 0);

        await using var check = Database.NewContext();
        Assert.Equal(6, await check.Articles.CountAsync(a => a.Url!.Contains(tag)));
        Assert.All(pages, p => Assert.Single(Server.ReceivedAt(p)));
    }

    [Fact]
    public async Task While_the_database_is_away_the_worker_waits_and_then_loses_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        ServeFeed($"/{tag}/rss", [$"/{tag}/a1"]);
        ServePage($"/{tag}/a1", $"Dépêche {tag} reçue pendant la panne : le colonel Assimi Goïta reçoit une délégation.");
        await AddFeedAsync($"/{tag}/rss");
        var postgres = (PostgresDatabaseFixture)Database;

        await postgres.RefuseConnectionsAsync();
        await using (await StartWorkerAsync())
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Empty(Server.ReceivedAt($"/{tag}/rss"));
            await postgres.AllowConnectionsAsync();
            await WaitUntilAsync(async db => await db.Articles.CountAsync(a => a.Url!.Contains(tag)) == 1);
        }

        await using var check = Database.NewContext();
        Assert.Equal(1, await check.Articles.CountAsync(a => a.Url!.Contains(tag)));
    }

    [Fact]
    public async Task An_article_too_rich_for_one_search_vector_left_out_by_an_import_does_not_stop_the_worker()
    {
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var provider = Database.Services.GetRequiredService<IDatabaseProvider>();
        await using (var db = Database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await provider.DeferSearchIndexAsync(db, CancellationToken.None);
            var text = $"Inventaire {tag} : " + string.Join(' ', Batches.ImportServiceTests.DistinctWords(600_000));
            db.Articles.Add(new Article { ContentHash = tag, RawText = text, CleanText = text, ReceivedAt = TimeProvider.System.GetUtcNow() });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        ServeFeed($"/{tag}/rss", [$"/{tag}/a1"]);
        ServePage($"/{tag}/a1", $"Dépêche {tag} après l'inventaire : le colonel Assimi Goïta reçoit une délégation russe.");
        await AddFeedAsync($"/{tag}/rss");

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await db.Articles.CountAsync(a => a.Url!.Contains(tag)) == 1);

        await using var check = Database.NewContext();
        var rich = await provider.SearchArticles(check, tag).Where(a => a.ContentHash == tag).SingleAsync();
        Assert.Equal(SearchCoverage.BoundedText, rich.SearchCoverage);
    }

    [Fact]
    public async Task A_page_whose_storing_an_outage_cut_short_is_taken_again_within_seconds_of_the_database_coming_back()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var fetched = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var page = $"<!DOCTYPE html><html lang=\"fr\"><head><title>Panne {tag}</title></head><body><article><h1>Panne {tag}</h1>" +
            $"<p>Dépêche {tag} : le colonel Assimi Goïta a reçu une délégation russe à Koulouba pour parler de la coopération militaire.</p>" +
            "<p>Selon les deux gouvernements, la coopération entre le Mali et la Russie porte sur la formation des soldats et la livraison de matériel.</p></article></body></html>";
        var calls = 0;
        Server.Map($"/{tag}/slow", async context =>
        {
            // The first fetch is held until the database is gone, so storing its article meets the outage.
            if (Interlocked.Increment(ref calls) == 1)
            {
                fetched.TrySetResult();
                await answer.Task;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(page);
        });
        await using (var services = DatabaseFixture.BuildServices(new Dictionary<string, string?>(Database.Settings) { ["Ingestion:Fetching:AllowedHosts:0"] = "127.0.0.1" }))
            Assert.Equal(EnqueueOutcome.Queued, await services.GetRequiredService<PageQueue>().EnqueueAsync(Server.Url($"/{tag}/slow").AbsoluteUri, null, null, CancellationToken.None));
        var postgres = (PostgresDatabaseFixture)Database;

        var cutShort = new CutShortWatcher();
        // The claim lease is the default five minutes: the page must not wait it out.
        await using (await StartWorkerAsync(new Dictionary<string, string?> { ["Ingestion:ClaimLease"] = "00:05:00" }, s => s.AddSingleton<ILoggerProvider>(cutShort)))
        {
            await fetched.Task.WaitAsync(Deadline);
            await postgres.RefuseConnectionsAsync();
            answer.SetResult();
            // The worker has fetched the page and failed to store it: only then does the database come back.
            await cutShort.Seen.Task.WaitAsync(Deadline);
            await postgres.AllowConnectionsAsync();
            await WaitUntilAsync(async db => await db.Articles.AnyAsync(a => a.Url!.Contains(tag)));
        }

        Assert.True(Volatile.Read(ref calls) >= 2);
    }

    /// <summary>Says when the worker logs that a page's work failed.</summary>
    private sealed class CutShortWatcher : ILoggerProvider, ILogger
    {
        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // However the worker words it: the page's work failed on the missing database.
            if (logLevel >= LogLevel.Warning && formatter(state, exception).StartsWith("Pages item", StringComparison.Ordinal))
                Seen.TrySetResult();
        }

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task On_start_the_worker_puts_in_the_search_index_what_an_interrupted_import_left_out()
    {
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var provider = Database.Services.GetRequiredService<IDatabaseProvider>();
        await using (var db = Database.NewContext())
        {
            // As a batch import's chunk is stored: indexing put off, and the importer gone before doing it.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await provider.DeferSearchIndexAsync(db, CancellationToken.None);
            var text = $"Dépêche {tag} : une livraison d'hélicoptères russes attendue à Bamako.";
            db.Articles.Add(new Article { ContentHash = tag, RawText = text, CleanText = text, ReceivedAt = TimeProvider.System.GetUtcNow() });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using (var db = Database.NewContext())
            Assert.False(await provider.SearchArticles(db, tag).AnyAsync());

        await using (await StartWorkerAsync())
            await WaitUntilAsync(async db => await provider.SearchArticles(db, tag).AnyAsync());
    }
}
