using MaliRussiaTracker.Ingestion.Demo;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Ingestion.Tests.Demo;

public sealed class DemoArticleLoaderTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task Loading_the_demo_set_twice_stores_the_five_articles_once()
    {
        var loader = database.Services.GetRequiredService<DemoArticleLoader>();

        Assert.Equal(5, await loader.LoadAsync(CancellationToken.None));
        Assert.Equal(0, await loader.LoadAsync(CancellationToken.None));

        await using var db = database.NewContext();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.All(await db.Articles.Select(a => a.Title).ToListAsync(), title => Assert.InRange(title!.Length, 1, 170));
    }

    [Theory]
    [InlineData("Un titre court\nLe corps de l'article.", "Un titre court")]
    [InlineData("\n\n  Titre après des lignes vides  \nCorps", "Titre après des lignes vides")]
    public void A_short_first_line_is_the_title(string text, string title)
    {
        Assert.Equal(title, DemoArticleLoader.GuessTitle(text));
    }

    [Fact]
    public void A_long_first_paragraph_gives_its_first_sentence_or_a_cut_at_a_word()
    {
        var sentence = "Moscou a annoncé une intensification de sa coopération militaire avec le Mali";
        Assert.Equal(sentence, DemoArticleLoader.GuessTitle(sentence + ". " + new string('x', 300)));

        var title = DemoArticleLoader.GuessTitle(string.Join(' ', Enumerable.Repeat("mot", 100)));
        Assert.EndsWith(" …", title, StringComparison.Ordinal);
        Assert.True(title.Length <= 162);
    }
}
