using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Tests.Model;

public abstract class ModelRoundTripTests(DatabaseFixture database)
{
    private static readonly DateTimeOffset Received = new(2025, 6, 23, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_entity_comes_back_as_it_was_stored()
    {
        long articleId;
        await using (var db = database.NewContext())
        {
            var goita = new Actor { Slug = "rt-goita", Name = "Assimi Goïta", Kind = ActorKind.Person, Status = EntryStatus.Confirmed, Aliases = [new ActorAlias { Text = "Goita", Kind = AliasKind.Name }, new ActorAlias { Text = "président malien", Kind = AliasKind.Role }] };
            var russia = new Actor { Slug = "rt-russia", Name = "Russie", Kind = ActorKind.State, Status = EntryStatus.Confirmed };
            var kremlin = new Place { Slug = "rt-kremlin", Name = "Kremlin", Kind = PlaceKind.Building, Aliases = ["le Kremlin"], GovernmentActor = russia };
            var visit = new Event { Key = "rt-visit", Title = "Visite", Date = PartialDate.OfDay(2025, 6, 23), Place = kremlin, Keywords = ["visite officielle"], Participants = [goita, russia], Status = EntryStatus.Candidate };
            var agreement = new Agreement
            {
                Key = "rt-agreement", Title = "Accord", Parties = [russia], Keywords = ["accord"],
                Milestones = [new AgreementMilestone { Date = PartialDate.Parse("2024-07-04"), Description = "Ratifié" }, new AgreementMilestone { Date = PartialDate.Parse("2025-01"), Description = "En vigueur" }],
            };
            var story = new Story { Key = "rt-story", Title = "Le sommet", MainDate = PartialDate.Parse("2025-06"), CreatedAt = Received };
            var batch = new ImportBatch { FileName = "lot.jsonl", Format = ImportFormat.Jsonl, Status = ImportBatchStatus.Completed, StartedBy = "admin", StartedAt = Received, FinishedAt = Received.AddMinutes(2) };
            var tag = new Tag { Name = "sommet" };
            var article = new Article
            {
                Url = "https://example.org/a?utm_source=x", CanonicalUrl = "https://example.org/a", ContentHash = new string('a', 64),
                Title = "Goïta au Kremlin", Outlet = "Exemple", Author = "La Rédaction", Language = "fr",
                Published = new DateOnly(2025, 6, 23), MainDate = PartialDate.Parse("2025-11-11/2025-11-14"),
                RawText = "<p>brut</p>", CleanText = "Texte propre. Lire aussi : autre chose",
                Furniture = [new FurnitureSpan { Start = 14, End = 38, Kind = "related-articles" }],
                Relevance = 0.87, IsRelevant = true, Status = ArticleStatus.Analysed, ReceivedAt = Received, AnalysedAt = Received.AddSeconds(1),
                Story = story, ImportBatch = batch,
                Mentions =
                [
                    new Mention { Kind = MentionKind.Actor, Actor = goita, Start = 0, End = 5, Evidence = "Goïta", State = ReviewState.Confirmed, DecidedBy = "editor", DecidedAt = Received },
                    new Mention { Kind = MentionKind.Place, Place = kremlin, Start = 9, End = 16, Evidence = "Kremlin" },
                    new Mention { Kind = MentionKind.Event, Event = visit, Start = 0, End = 16, Evidence = "Goïta au Kremlin", State = ReviewState.Rejected },
                    new Mention { Kind = MentionKind.Agreement, Agreement = agreement, Start = 0, End = 5, Evidence = "accord" },
                ],
                DatedFacts = [new DatedFact { Date = PartialDate.OfMonth(2025, 4), Text = "en avril dernier", Start = 3, End = 19, Resolution = "against the publication date 2025-06-23" }],
                Quotes = [new Quote { Text = "Nous allons produire des munitions", Start = 20, End = 55, Speaker = goita }],
                Tags = [new ArticleTag { Tag = tag, AddedBy = "editor", AddedAt = Received }],
            };
            db.Articles.Add(article);
            db.Feeds.Add(new Feed { Url = "https://example.org/rss", Title = "Exemple", PollInterval = TimeSpan.FromMinutes(15), NextCheckAt = Received, ETag = "\"abc\"", LastModified = "Mon, 23 Jun 2025 07:31:00 GMT", ErrorCount = 2, LastError = "timeout" });
            db.AuditEntries.Add(new AuditEntry { At = Received, User = "editor", EntityType = "Mention", EntityKey = "1", Action = "confirm", Before = "{\"State\":\"Suggested\"}", After = "{\"State\":\"Confirmed\"}" });
            await db.SaveChangesAsync();
            batch.Items.Add(new ImportItem { Position = 0, Reference = "line 1", Outcome = ImportOutcome.Imported, ArticleId = article.Id });
            batch.Items.Add(new ImportItem { Position = 1, Reference = "line 2", Outcome = ImportOutcome.Rejected, Reason = "no text" });
            await db.SaveChangesAsync();
            articleId = article.Id;
        }

        await using var read = database.NewContext();
        var stored = await read.Articles.AsNoTracking()
            .Include(a => a.Story).Include(a => a.ImportBatch!).ThenInclude(b => b.Items)
            .Include(a => a.Mentions).ThenInclude(m => m.Actor!).ThenInclude(a => a.Aliases)
            .Include(a => a.Mentions).ThenInclude(m => m.Place!).ThenInclude(p => p.GovernmentActor)
            .Include(a => a.Mentions).ThenInclude(m => m.Event!).ThenInclude(e => e.Participants)
            .Include(a => a.Mentions).ThenInclude(m => m.Agreement!).ThenInclude(a => a.Milestones)
            .Include(a => a.DatedFacts).Include(a => a.Quotes).ThenInclude(q => q.Speaker)
            .Include(a => a.Tags).ThenInclude(t => t.Tag)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == articleId);

        Assert.Equal(("Goïta au Kremlin", "Exemple", "La Rédaction", "fr"), (stored.Title, stored.Outlet, stored.Author, stored.Language));
        Assert.Equal(new DateOnly(2025, 6, 23), stored.Published);
        Assert.Equal("2025-11-11/2025-11-14", stored.MainDate.ToString());
        Assert.Equal(Received, stored.ReceivedAt);
        Assert.Equal(Received.AddSeconds(1), stored.AnalysedAt);
        Assert.Equal(0.87, stored.Relevance, 6);
        Assert.Equal(ArticleStatus.Analysed, stored.Status);
        Assert.NotEqual(Guid.Empty, stored.Version);
        var span = Assert.Single(stored.Furniture);
        Assert.Equal((14, 38, "related-articles"), (span.Start, span.End, span.Kind));
        Assert.Equal("2025-06", stored.Story?.MainDate.ToString());
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.Rejected], stored.ImportBatch!.Items.OrderBy(i => i.Position).Select(i => i.Outcome));

        var actorMention = stored.Mentions.Single(m => m.Kind == MentionKind.Actor);
        Assert.Equal((ReviewState.Confirmed, "editor", Received), (actorMention.State, actorMention.DecidedBy, actorMention.DecidedAt));
        Assert.Equal(["Goita", "président malien"], actorMention.Actor!.Aliases.Select(a => a.Text).Order());
        Assert.Equal("rt-russia", stored.Mentions.Single(m => m.Kind == MentionKind.Place).Place!.GovernmentActor!.Slug);
        Assert.Equal(["le Kremlin"], stored.Mentions.Single(m => m.Kind == MentionKind.Place).Place!.Aliases);
        var storedVisit = stored.Mentions.Single(m => m.Kind == MentionKind.Event).Event!;
        Assert.Equal((PartialDate.OfDay(2025, 6, 23), EntryStatus.Candidate), (storedVisit.Date, storedVisit.Status));
        Assert.Equal(["visite officielle"], storedVisit.Keywords);
        Assert.Equal(["rt-goita", "rt-russia"], storedVisit.Participants.Select(p => p.Slug).Order());
        Assert.Equal(2, stored.Mentions.Single(m => m.Kind == MentionKind.Agreement).Agreement!.Milestones.Count);
        Assert.Equal(ReviewState.Rejected, stored.Mentions.Single(m => m.Kind == MentionKind.Event).State);

        var fact = Assert.Single(stored.DatedFacts);
        Assert.Equal((PartialDate.OfMonth(2025, 4), "en avril dernier"), (fact.Date, fact.Text));
        Assert.Equal("rt-goita", Assert.Single(stored.Quotes).Speaker?.Slug);
        Assert.Equal("sommet", Assert.Single(stored.Tags).Tag?.Name);

        var feed = await read.Feeds.SingleAsync(f => f.Url == "https://example.org/rss");
        Assert.Equal((TimeSpan.FromMinutes(15), "\"abc\"", 2), (feed.PollInterval, feed.ETag, feed.ErrorCount));
        var audit = await read.AuditEntries.SingleAsync(a => a.EntityType == "Mention");
        Assert.Equal(("confirm", "{\"State\":\"Confirmed\"}"), (audit.Action, audit.After));
    }

    [Fact]
    public async Task Partial_dates_sort_in_timeline_order_in_the_database()
    {
        string[] dates = ["2025-06-23", "2025", "2023-02-06/2023-02-07", "2025-04", "2025-04-03", "2020/2023"];
        await using (var db = database.NewContext())
        {
            db.Events.AddRange(dates.Select((d, i) => new Event { Key = $"order-{i}", Title = d, Date = PartialDate.Parse(d) }));
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var ordered = await read.Events.Where(e => e.Key.StartsWith("order-")).OrderBy(e => e.Date).Select(e => e.Date).ToListAsync();

        Assert.Equal(dates.Select(PartialDate.Parse).Order(), ordered);
    }

    [Fact]
    public async Task The_same_text_cannot_be_stored_twice()
    {
        await using var db = database.NewContext();
        db.Articles.Add(NewArticle(new string('b', 64)));
        await db.SaveChangesAsync();

        await using var other = database.NewContext();
        other.Articles.Add(NewArticle(new string('b', 64)));

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [Fact]
    public async Task A_mention_that_names_two_targets_is_refused()
    {
        await using var db = database.NewContext();
        var article = NewArticle(new string('c', 64));
        var actor = new Actor { Slug = "two-targets", Name = "X" };
        var place = new Place { Slug = "two-targets", Name = "Y" };
        article.Mentions.Add(new Mention { Kind = MentionKind.Actor, Actor = actor, Place = place, Evidence = "X" });
        db.Articles.Add(article);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_one_article_is_told_instead_of_overwriting()
    {
        long id;
        await using (var db = database.NewContext())
        {
            var article = NewArticle(new string('d', 64));
            db.Articles.Add(article);
            await db.SaveChangesAsync();
            id = article.Id;
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var mine = await first.Articles.SingleAsync(a => a.Id == id);
        var theirs = await second.Articles.SingleAsync(a => a.Id == id);
        mine.Title = "Titre du premier";
        await first.SaveChangesAsync();
        theirs.Title = "Titre du second";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var read = database.NewContext();
        Assert.Equal("Titre du premier", (await read.Articles.SingleAsync(a => a.Id == id)).Title);
    }

    private static Article NewArticle(string hash) => new() { ContentHash = hash, RawText = "x", CleanText = "x", ReceivedAt = Received };
}

public sealed class ModelRoundTripTestsOnSqlite(SqliteDatabaseFixture database) : ModelRoundTripTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ModelRoundTripTestsOnPostgres(PostgresDatabaseFixture database) : ModelRoundTripTests(database), IClassFixture<PostgresDatabaseFixture>;
