using System.Globalization;
using MaliRussiaTracker.Benchmarks.Import;
using MaliRussiaTracker.Core.Domain;
using Npgsql;
using NpgsqlTypes;

namespace MaliRussiaTracker.Benchmarks.Browse;

/// <summary>
/// Fills a migrated, seeded database with generated articles, stories, events, agreements and what the
/// engine would have read in the articles (mentions, dated facts, quotes), by binary COPY. The world's own
/// actors and places are mentioned most, as in the real press; generated people and localities make the
/// long tail. Every event gets participants, a place most often, sources and articles that mention it.
/// </summary>
internal sealed class BrowseFill(string connectionString, int articleCount, int eventCount)
{
    private const int GeneratedActors = 3_000;
    private const int GeneratedPlaces = 1_000;
    private const int Agreements = 1_000;
    private const int Partitions = 2;
    private static readonly DateOnly FirstDay = new(2012, 1, 1);
    private static readonly DateOnly LastDay = new(2026, 10, 31);

    public static readonly string[] Tables =
        ["Actors", "Places", "Stories", "Events", "EventParticipants", "Agreements", "AgreementParties", "AgreementMilestones", "Articles", "Mentions", "DatedFacts", "Quotes"];

    private readonly List<(long Id, string Name)> _actors = [];
    private readonly List<(long Id, string Name)> _places = [];
    private int _worldActors;
    private int _worldPlaces;
    private long _firstEvent;
    private long _firstAgreement;
    private string[] _outlets = [];

    private int StoryCount => Math.Max(1, articleCount * 2 / 5);

    public async Task RunAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ReadWorldAsync(connection);
        var load = await BulkLoad.DropAsync(connection, Tables);

        Step("actors, places, stories, events, agreements");
        await CopyWorldAsync(connection);

        Step($"{articleCount:N0} articles with their mentions, dated facts and quotes, {Partitions} streams");
        await Task.WhenAll(Enumerable.Range(0, Partitions).Select(p => Task.Run(() => CopyArticles(p))));

        Step("indexes and foreign keys");
        await load.RestoreAsync(connectionString, Partitions);
        foreach (var table in Tables.Where(t => t is not ("EventParticipants" or "AgreementParties")))
            await BulkLoad.ExecuteAsync(connection, $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), (SELECT max("Id") FROM "{table}"))""");
        Step("outlets behind events and agreements");
        foreach (var (table, id) in new[] { ("EventOutlets", "EventId"), ("AgreementOutlets", "AgreementId") })
            await BulkLoad.ExecuteAsync(connection, $"""
                INSERT INTO "{table}" ("{id}", "Outlet")
                SELECT DISTINCT m."{id}", a."Outlet" FROM "Mentions" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId"
                WHERE m."{id}" IS NOT NULL AND m."State" <> 'Rejected' AND a."Outlet" IS NOT NULL
                """);
        Step("VACUUM ANALYZE");
        await BulkLoad.ExecuteAsync(connection, "VACUUM ANALYZE");
    }

    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    private static void Step(string what) => Console.WriteLine($"   {Clock.Elapsed.TotalSeconds,7:N1} s  {what}");

    private async Task ReadWorldAsync(NpgsqlConnection connection)
    {
        await using (var actors = new NpgsqlCommand("""SELECT "Id", "Name" FROM "Actors" ORDER BY "Id" """, connection))
        await using (var rows = await actors.ExecuteReaderAsync())
            while (await rows.ReadAsync())
                _actors.Add((rows.GetInt64(0), rows.GetString(1)));
        await using (var places = new NpgsqlCommand("""SELECT "Id", "Name" FROM "Places" ORDER BY "Id" """, connection))
        await using (var rows = await places.ExecuteReaderAsync())
            while (await rows.ReadAsync())
                _places.Add((rows.GetInt64(0), rows.GetString(1)));
        _worldActors = _actors.Count;
        _worldPlaces = _places.Count;
        _firstEvent = await MaxIdAsync(connection, "Events") + 1;
        _firstAgreement = await MaxIdAsync(connection, "Agreements") + 1;
        var random = new Random(7);
        _outlets = [.. StoryLexicon.Outlets.Select(o => o.Name), .. Enumerable.Range(0, 48).Select(_ => $"Radio {BrowseText.Locality(random)} FM")];
    }

    private static async Task<long> MaxIdAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"""SELECT coalesce(max("Id"), 0) FROM "{table}" """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task CopyWorldAsync(NpgsqlConnection connection)
    {
        var random = new Random(11);
        var nextActor = _actors[^1].Id + 1;
        await using (var actors = await connection.BeginBinaryImportAsync("""COPY "Actors" ("Id", "Slug", "Name", "Kind", "Description", "Status") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < GeneratedActors; i++)
            {
                var name = $"{BrowseText.Pick(random, StoryLexicon.FirstNames)} {BrowseText.Pick(random, StoryLexicon.LastNames)}";
                var id = nextActor++;
                await actors.StartRowAsync();
                await actors.WriteAsync(id);
                await actors.WriteAsync($"gen-actor-{i}", NpgsqlDbType.Varchar);
                await actors.WriteAsync(name, NpgsqlDbType.Varchar);
                await actors.WriteAsync(nameof(ActorKind.Person), NpgsqlDbType.Varchar);
                await actors.WriteNullAsync();
                await actors.WriteAsync((random.Next(4) == 0 ? EntryStatus.Candidate : EntryStatus.Confirmed).ToString(), NpgsqlDbType.Varchar);
                _actors.Add((id, name));
            }

            await actors.CompleteAsync();
        }

        var nextPlace = _places[^1].Id + 1;
        await using (var places = await connection.BeginBinaryImportAsync("""COPY "Places" ("Id", "Slug", "Name", "Kind", "Description", "Status", "Aliases", "GovernmentActorId") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < GeneratedPlaces; i++)
            {
                var name = BrowseText.Locality(random);
                var id = nextPlace++;
                await places.StartRowAsync();
                await places.WriteAsync(id);
                await places.WriteAsync($"gen-place-{i}", NpgsqlDbType.Varchar);
                await places.WriteAsync(name, NpgsqlDbType.Varchar);
                await places.WriteAsync(nameof(PlaceKind.City), NpgsqlDbType.Varchar);
                await places.WriteNullAsync();
                await places.WriteAsync(nameof(EntryStatus.Confirmed), NpgsqlDbType.Varchar);
                await places.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await places.WriteNullAsync();
                _places.Add((id, name));
            }

            await places.CompleteAsync();
        }

        await using (var stories = await connection.BeginBinaryImportAsync("""COPY "Stories" ("Id", "Key", "Title", "MainDate", "CreatedAt") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var s = 0; s < StoryCount; s++)
            {
                var line = Story(s);
                await stories.StartRowAsync();
                await stories.WriteAsync((long)s + 1);
                await stories.WriteAsync($"story-{s:x8}", NpgsqlDbType.Varchar);
                await stories.WriteAsync(line.Subject, NpgsqlDbType.Varchar);
                await stories.WriteAsync(PartialDate.OfDay(line.Day).ToString(), NpgsqlDbType.Varchar);
                await stories.WriteAsync(new DateTimeOffset(line.Day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), NpgsqlDbType.TimestampTz);
            }

            await stories.CompleteAsync();
        }

        await CopyEventsAsync(connection, random);
        await CopyAgreementsAsync(connection, random);
    }

    private static readonly string[] EventTitles =
    [
        "Visite officielle de {0} à {1}", "Rencontre entre {0} et une délégation russe à {1}", "Signature d'un accord de coopération militaire à {1}",
        "Livraison d'équipements militaires à {1}", "Exercice conjoint des forces armées près de {1}", "Conférence ministérielle de l'AES à {1}",
        "Attaque contre un poste militaire à {1}", "Inauguration d'un centre de formation à {1}", "Sommet régional sur la sécurité à {1}",
        "Déclaration de {0} sur le partenariat stratégique", "Arrivée d'instructeurs russes à {1}", "Réunion du Conseil national de Transition sur la défense",
    ];

    private async Task CopyEventsAsync(NpgsqlConnection connection, Random random)
    {
        var participants = new List<(long Event, long Actor)>();
        await using (var events = await connection.BeginBinaryImportAsync(
            """COPY "Events" ("Id", "Key", "Title", "Description", "Date", "Earliest", "Latest", "Status", "PlaceId", "Keywords", "Sources_Articles", "Sources_Outlets", "Sources_Stories") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < eventCount; i++)
            {
                var id = _firstEvent + i;
                var date = RandomDate(random);
                var place = random.Next(100) < 85 ? _places[PickPlace(random)] : ((long, string)?)null;
                var who = Enumerable.Range(0, random.Next(1, 5)).Select(_ => PickActor(random)).Distinct().ToList();
                var stories = random.Next(100) < 15 ? 1 : 1 + (int)(12 * Math.Pow(random.NextDouble(), 2));
                var title = string.Format(CultureInfo.InvariantCulture, BrowseText.Pick(random, EventTitles), _actors[who[0]].Name, place?.Item2 ?? "Bamako");
                await events.StartRowAsync();
                await events.WriteAsync(id);
                await events.WriteAsync($"gen-event-{i}", NpgsqlDbType.Varchar);
                await events.WriteAsync($"{title} ({date})", NpgsqlDbType.Varchar);
                await events.WriteNullAsync();
                await events.WriteAsync(date.ToString(), NpgsqlDbType.Varchar);
                await events.WriteAsync(date.Earliest, NpgsqlDbType.Date);
                await events.WriteAsync(date.Latest, NpgsqlDbType.Date);
                await events.WriteAsync((random.Next(100) < 85 ? EntryStatus.Confirmed : EntryStatus.Candidate).ToString(), NpgsqlDbType.Varchar);
                if (place is { } p)
                    await events.WriteAsync(p.Item1);
                else
                    await events.WriteNullAsync();
                await events.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await events.WriteAsync(stories * 2 + random.Next(3));
                await events.WriteAsync(Math.Min(stories, 1 + random.Next(6)));
                await events.WriteAsync(stories);
                participants.AddRange(who.Select(a => (id, _actors[a].Id)));
            }

            await events.CompleteAsync();
        }

        await CopyPairsAsync(connection, """COPY "EventParticipants" ("EventId", "ParticipantsId") FROM STDIN (FORMAT BINARY)""", participants);
    }

    private async Task CopyAgreementsAsync(NpgsqlConnection connection, Random random)
    {
        var parties = new List<(long, long)>();
        await using (var agreements = await connection.BeginBinaryImportAsync(
            """COPY "Agreements" ("Id", "Key", "Title", "Description", "Status", "Keywords", "Sources_Articles", "Sources_Outlets", "Sources_Stories") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < Agreements; i++)
            {
                var id = _firstAgreement + i;
                var stories = 1 + random.Next(8);
                await agreements.StartRowAsync();
                await agreements.WriteAsync(id);
                await agreements.WriteAsync($"gen-agreement-{i}", NpgsqlDbType.Varchar);
                await agreements.WriteAsync($"Accord sur {BrowseText.Pick(random, StoryLexicon.Subjects)} ({i})", NpgsqlDbType.Varchar);
                await agreements.WriteNullAsync();
                await agreements.WriteAsync((random.Next(100) < 85 ? EntryStatus.Confirmed : EntryStatus.Candidate).ToString(), NpgsqlDbType.Varchar);
                await agreements.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await agreements.WriteAsync(stories * 2);
                await agreements.WriteAsync(stories);
                await agreements.WriteAsync(stories);
                parties.AddRange(Enumerable.Range(0, random.Next(2, 4)).Select(_ => _actors[PickActor(random)].Id).Distinct().Select(a => (id, a)));
            }

            await agreements.CompleteAsync();
        }

        await CopyPairsAsync(connection, """COPY "AgreementParties" ("AgreementId", "PartiesId") FROM STDIN (FORMAT BINARY)""", parties);
        string[] steps = ["signé", "validé en conseil des ministres", "ratifié par le CNT", "entré en vigueur"];
        await using var milestones = await connection.BeginBinaryImportAsync(
            """COPY "AgreementMilestones" ("AgreementId", "Date", "Earliest", "Latest", "Description") FROM STDIN (FORMAT BINARY)""");
        for (var i = 0; i < Agreements; i++)
        {
            foreach (var step in steps.Take(random.Next(1, steps.Length + 1)))
            {
                var date = RandomDate(random);
                await milestones.StartRowAsync();
                await milestones.WriteAsync(_firstAgreement + i);
                await milestones.WriteAsync(date.ToString(), NpgsqlDbType.Varchar);
                await milestones.WriteAsync(date.Earliest, NpgsqlDbType.Date);
                await milestones.WriteAsync(date.Latest, NpgsqlDbType.Date);
                await milestones.WriteAsync(step, NpgsqlDbType.Varchar);
            }
        }

        await milestones.CompleteAsync();
    }

    private static async Task CopyPairsAsync(NpgsqlConnection connection, string copy, IEnumerable<(long, long)> pairs)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy);
        foreach (var (left, right) in pairs.Distinct())
        {
            await importer.StartRowAsync();
            await importer.WriteAsync(left);
            await importer.WriteAsync(right);
        }

        await importer.CompleteAsync();
    }

    /// <summary>One stream of the articles: those whose index modulo the partitions is <paramref name="partition"/>.</summary>
    private void CopyArticles(int partition)
    {
        using var articleConnection = Open();
        using var mentionConnection = Open();
        using var factConnection = Open();
        using var quoteConnection = Open();
        using var articles = articleConnection.BeginBinaryImport(
            """
            COPY "Articles" ("Id", "Url", "CanonicalUrl", "ContentHash", "Title", "Outlet", "Author", "Language", "Published", "MainDate", "RawText", "CleanText",
              "Relevance", "IsRelevant", "Status", "ReceivedAt", "AnalysedAt", "Version", "OwnDay", "StoryId", "Furniture") FROM STDIN (FORMAT BINARY)
            """);
        using var mentions = mentionConnection.BeginBinaryImport(
            """COPY "Mentions" ("Id", "ArticleId", "Kind", "ActorId", "PlaceId", "EventId", "AgreementId", "Start", "End", "Evidence", "State") FROM STDIN (FORMAT BINARY)""");
        using var facts = factConnection.BeginBinaryImport(
            """COPY "DatedFacts" ("Id", "ArticleId", "Date", "Text", "Start", "End", "Resolution", "State") FROM STDIN (FORMAT BINARY)""");
        using var quotes = quoteConnection.BeginBinaryImport(
            """COPY "Quotes" ("Id", "ArticleId", "Text", "Start", "End", "SpeakerId", "SpeakerName", "State") FROM STDIN (FORMAT BINARY)""");

        // Ids of the article's rows in the other tables are derived from the article's, so the streams never collide.
        for (var i = partition; i < articleCount; i += Partitions)
        {
            var random = new Random(i);
            var articleId = (long)i + 1;
            var storyIndex = (int)((long)i * StoryCount / articleCount);
            var story = Story(storyIndex);
            var day = story.Day.AddDays(random.Next(3));
            var actors = Enumerable.Range(0, random.Next(2, 6)).Select(_ => PickActor(random)).Distinct().ToList();
            var places = Enumerable.Range(0, random.Next(1, 3)).Select(_ => PickPlace(random)).Distinct().ToList();
            var speaker = actors[random.Next(actors.Count)];
            var quote = BrowseText.Pick(random, StoryLexicon.Quotes);
            var text = BrowseText.Article(random, story, day, [.. actors.Select(a => _actors[a].Name)], [.. places.Select(p => _places[p].Name)], quote, _actors[speaker].Name);
            var outlet = _outlets[(int)(_outlets.Length * Math.Pow(random.NextDouble(), 2))];
            var published = random.Next(10) == 0 ? (DateOnly?)null : day;

            articles.StartRow();
            articles.Write(articleId);
            articles.Write($"https://{Host(outlet)}/{story.Locality.ToLowerInvariant()}/{i}", NpgsqlDbType.Varchar);
            articles.Write($"https://{Host(outlet)}/{story.Locality.ToLowerInvariant()}/{i}", NpgsqlDbType.Varchar);
            articles.Write(i.ToString("x64", CultureInfo.InvariantCulture), NpgsqlDbType.Varchar);
            articles.Write(BrowseText.Title(random, story), NpgsqlDbType.Varchar);
            articles.Write(outlet, NpgsqlDbType.Varchar);
            articles.WriteNull();
            articles.Write("fr", NpgsqlDbType.Varchar);
            if (published is { } p)
                articles.Write(p, NpgsqlDbType.Date);
            else
                articles.WriteNull();
            articles.Write(PartialDate.OfDay(day).ToString(), NpgsqlDbType.Varchar);
            articles.Write(text, NpgsqlDbType.Text);
            articles.Write(text, NpgsqlDbType.Text);
            articles.Write(0.5 + random.NextDouble() / 2);
            articles.Write(random.Next(20) != 0);
            articles.Write(nameof(ArticleStatus.Analysed), NpgsqlDbType.Varchar);
            var received = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
            articles.Write(received, NpgsqlDbType.TimestampTz);
            articles.Write(received, NpgsqlDbType.TimestampTz);
            articles.Write(Guid.NewGuid());
            articles.Write(day, NpgsqlDbType.Date);
            articles.Write((long)storyIndex + 1);
            articles.Write("[]", NpgsqlDbType.Jsonb);

            var mention = articleId * 16;
            foreach (var actor in actors)
                WriteMention(mentions, mention++, articleId, MentionKind.Actor, _actors[actor].Id, _actors[actor].Name, text, random);
            foreach (var place in places)
                WriteMention(mentions, mention++, articleId, MentionKind.Place, _places[place].Id, _places[place].Name, text, random);
            for (var e = random.Next(100) < 70 ? 1 : random.Next(100) < 67 ? 2 : 0; e > 0; e--)
                WriteMention(mentions, mention++, articleId, MentionKind.Event, _firstEvent + random.Next(eventCount), story.Subject, text, random);
            if (random.Next(10) == 0)
                WriteMention(mentions, mention++, articleId, MentionKind.Agreement, _firstAgreement + random.Next(Agreements), story.Subject, text, random);

            var dayWords = $"le {StoryLexicon.Weekdays[(int)day.DayOfWeek]} {day.Day} {StoryLexicon.Months[day.Month - 1]} {day.Year}";
            WriteFact(facts, articleId * 4, articleId, PartialDate.OfDay(day), dayWords, text, null, random);
            var month = day.AddMonths(-1);
            WriteFact(facts, articleId * 4 + 1, articleId, PartialDate.OfMonth(month.Year, month.Month), $"en {StoryLexicon.Months[month.Month - 1]} dernier", text,
                $"against the publication date {day:yyyy-MM-dd}", random);

            quotes.StartRow();
            quotes.Write(articleId * 2);
            quotes.Write(articleId);
            quotes.Write(quote, NpgsqlDbType.Varchar);
            var quoteStart = Math.Max(0, text.IndexOf(quote, StringComparison.Ordinal));
            quotes.Write(quoteStart);
            quotes.Write(quoteStart + quote.Length);
            quotes.Write(_actors[speaker].Id);
            quotes.WriteNull();
            quotes.Write(State(random), NpgsqlDbType.Varchar);
        }

        articles.Complete();
        mentions.Complete();
        facts.Complete();
        quotes.Complete();
    }

    private static void WriteMention(NpgsqlBinaryImporter mentions, long id, long articleId, MentionKind kind, long target, string evidence, string text, Random random)
    {
        var start = Math.Max(0, text.IndexOf(evidence, StringComparison.Ordinal));
        mentions.StartRow();
        mentions.Write(id);
        mentions.Write(articleId);
        mentions.Write(kind.ToString(), NpgsqlDbType.Varchar);
        foreach (var slot in new[] { MentionKind.Actor, MentionKind.Place, MentionKind.Event, MentionKind.Agreement })
        {
            if (slot == kind)
                mentions.Write(target);
            else
                mentions.WriteNull();
        }

        mentions.Write(start);
        mentions.Write(start + evidence.Length);
        mentions.Write(evidence, NpgsqlDbType.Varchar);
        mentions.Write(State(random), NpgsqlDbType.Varchar);
    }

    private static void WriteFact(NpgsqlBinaryImporter facts, long id, long articleId, PartialDate date, string words, string text, string? resolution, Random random)
    {
        var start = Math.Max(0, text.IndexOf(words, StringComparison.Ordinal));
        facts.StartRow();
        facts.Write(id);
        facts.Write(articleId);
        facts.Write(date.ToString(), NpgsqlDbType.Varchar);
        facts.Write(words, NpgsqlDbType.Varchar);
        facts.Write(start);
        facts.Write(start + words.Length);
        if (resolution is null)
            facts.WriteNull();
        else
            facts.Write(resolution, NpgsqlDbType.Varchar);
        facts.Write(State(random), NpgsqlDbType.Varchar);
    }

    private static string State(Random random) => random.Next(100) switch
    {
        < 3 => nameof(ReviewState.Rejected),
        < 13 => nameof(ReviewState.Confirmed),
        _ => nameof(ReviewState.Suggested),
    };

    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static string Host(string outlet) => StoryLexicon.Outlets.FirstOrDefault(o => o.Name == outlet).Host ?? outlet.ToLowerInvariant().Replace(' ', '-') + ".ml";

    private static StoryLine Story(int index)
    {
        var random = new Random(1_000_000 + index);
        var official = $"{BrowseText.Pick(random, StoryLexicon.Ranks)} {BrowseText.Pick(random, StoryLexicon.FirstNames)} {BrowseText.Pick(random, StoryLexicon.LastNames)}";
        return new StoryLine(BrowseText.Pick(random, StoryLexicon.Subjects), BrowseText.Locality(random), official, RandomDay(random));
    }

    /// <summary>Half the time one of the world's own actors (the first most often), else one of the generated long tail.</summary>
    private int PickActor(Random random) => random.Next(2) == 0
        ? (int)(_worldActors * Math.Pow(random.NextDouble(), 2))
        : _worldActors + random.Next(_actors.Count - _worldActors);

    private int PickPlace(Random random) => random.Next(2) == 0
        ? (int)(_worldPlaces * Math.Pow(random.NextDouble(), 2))
        : _worldPlaces + random.Next(_places.Count - _worldPlaces);

    private static DateOnly RandomDay(Random random) => FirstDay.AddDays(random.Next(LastDay.DayNumber - FirstDay.DayNumber));

    /// <summary>A day most often, else a month, else a range of a few days.</summary>
    private static PartialDate RandomDate(Random random)
    {
        var day = RandomDay(random);
        return random.Next(100) switch
        {
            < 60 => PartialDate.OfDay(day),
            < 85 => PartialDate.OfMonth(day.Year, day.Month),
            _ => PartialDate.Range(DatePoint.From(day), DatePoint.From(day.AddDays(random.Next(1, 5)))),
        };
    }
}
