using System.Diagnostics;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MaliRussiaTracker.Ingestion.Tests.Intake;

/// <summary>Another writer in the way of the intake, on PostgreSQL where writers run side by side.</summary>
public sealed class ConcurrentWriterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await database.Services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_writer_that_deadlocks_with_the_intake_leaves_the_article_stored_once_and_the_intake_says_whose_it_is()
    {
        const string url = "https://deadlock.example/moscou-reunion";
        // An article that backs an event of the starting world, so storing it ends by taking that event's row.
        var text = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Seeds"), "000_*.txt").Single());

        // The other writer holds every event and is in no hurry to find deadlocks: the intake is the one that finds it.
        await using var other = database.NewContext();
        await using var transaction = await other.Database.BeginTransactionAsync();
        await other.Database.ExecuteSqlRawAsync("SET LOCAL deadlock_timeout = '20s'");
        await other.Events.ExecuteUpdateAsync(set => set.SetProperty(e => e.Key, e => e.Key));

        var logs = new ErrorLog();
        await using var services = DatabaseFixture.BuildServices(database.Settings, s => s.AddSingleton<ILoggerProvider>(logs));
        var intake = services.GetRequiredService<ArticleIntake>();
        var submitted = Task.Run(() => intake.SubmitAsync(new ArticleSubmission(text) { Url = url, Title = "Réunion à Moscou" }, CancellationToken.None));
        await WaitUntilSomeoneWaitsForALockAsync();

        // The intake has inserted its article and waits for an event; the other writer now inserts the same URL.
        var theirs = new Article
        {
            Url = url, CanonicalUrl = ContentKeys.CanonicalUrl(url), ContentHash = Guid.NewGuid().ToString("N"), RawText = "Autre texte.",
            CleanText = "Autre texte.", ReceivedAt = TimeProvider.System.GetUtcNow(),
        };
        other.Articles.Add(theirs);
        await other.SaveChangesAsync();
        await transaction.CommitAsync();
        var result = await submitted;

        Assert.Equal((IntakeOutcome.Duplicate, theirs.Id), (result.Outcome, result.ArticleId));
        // Settled by the intake: not an error in the log.
        Assert.Empty(logs.Errors);
        await using var check = database.NewContext();
        Assert.Equal(1, await check.Articles.CountAsync(a => a.Url == url));
    }

    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

        public IReadOnlyList<string> Errors => [.. _errors];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
                _errors.Enqueue(formatter(state, exception));
        }

        public void Dispose()
        {
        }
    }

    private async Task WaitUntilSomeoneWaitsForALockAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await using var db = database.NewContext();
            var waiting = await db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync();
            if (waiting > 0)
                return;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The intake never came to wait for the event.");
            await Task.Delay(20);
        }
    }
}
