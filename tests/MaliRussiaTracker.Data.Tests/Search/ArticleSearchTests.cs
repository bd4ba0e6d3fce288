using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Search;

public abstract class ArticleSearchTests(DatabaseFixture database) : IAsyncLifetime
{
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, long> _ids = [];

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var articles = new Dictionary<string, Article>
        {
            ["goita"] = New($"Le colonel Assimi Goïta a reçu une délégation russe au palais de Koulouba. {_run}", "Audience à Koulouba"),
            ["militaire"] = New($"La coopération militaire entre Bamako et Moscou se renforce. {_run}", "Coopération"),
            ["other"] = New($"Le prix du coton a baissé cette saison dans la région de Sikasso. {_run}", "Économie"),
        };
        db.Articles.AddRange(articles.Values);
        await db.SaveChangesAsync();
        foreach (var (key, article) in articles)
            _ids[key] = article.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_name_typed_without_its_accent_finds_the_article_that_has_it()
    {
        Assert.Equal([_ids["goita"]], await SearchAsync("goita"));
    }

    [Fact]
    public async Task A_word_of_the_title_finds_the_article()
    {
        Assert.Equal([_ids["goita"]], await SearchAsync("audience"));
    }

    [Fact]
    public async Task Every_word_typed_must_be_in_the_article()
    {
        Assert.Equal([_ids["militaire"]], await SearchAsync("coopération Moscou"));
        Assert.Empty(await SearchAsync("coopération Sikasso"));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND OR NOT")]
    [InlineData("*:()^-")]
    [InlineData("")]
    public async Task Odd_input_finds_nothing_rather_than_failing(string typed)
    {
        Assert.Empty(await SearchAsync(typed));
    }

    protected async Task<List<long>> SearchAsync(string text)
    {
        await using var db = database.NewContext();
        var provider = database.Services.GetRequiredService<IDatabaseProvider>();
        return await provider.SearchArticles(db, text).Where(a => _ids.Values.Contains(a.Id)).Select(a => a.Id).OrderBy(id => id).ToListAsync();
    }

    protected long Id(string key) => _ids[key];

    private static Article New(string text, string title) => new()
    {
        ContentHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), RawText = text, CleanText = text, Title = title,
        ReceivedAt = new DateTimeOffset(2025, 11, 12, 8, 0, 0, TimeSpan.Zero),
    };
}

public sealed class ArticleSearchTestsOnSqlite(SqliteDatabaseFixture database) : ArticleSearchTests(database), IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task A_word_typed_finds_the_words_it_starts()
    {
        Assert.Equal([Id("militaire")], await SearchAsync("militair"));
    }
}

public sealed class ArticleSearchTestsOnPostgres(PostgresDatabaseFixture database) : ArticleSearchTests(database), IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task French_stemming_finds_militaire_when_militaires_is_typed()
    {
        Assert.Equal([Id("militaire")], await SearchAsync("militaires"));
    }
}
