using System.Globalization;
using System.Net;
using System.Text.Json;
using MaliRussiaTracker.Data.Identity;
using MaliRussiaTracker.Ingestion.Batches;
using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Pages;

public abstract class ImportPagesTests(DatabaseFixture database) : RunningApp(database, signInAs: TrackerRoles.Admin), IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mrt-import-pages");

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_batch_page_says_its_items_references_and_reasons_in_french_with_french_numbers()
    {
        var batch = await ImportAsync("raisons.jsonl",
            Line(new { url = "https://raisons.example/1", text = $"Bamako et Moscou parlent de coopération militaire ({Guid.NewGuid():N})." }),
            Line(new { url = "https://raisons.example/1", text = $"Le même lien encore, dans un autre texte ({Guid.NewGuid():N})." }),
            Line(new { url = "https://raisons.example/" + new string('u', 3000), text = "Un lien trop long." }),
            Line(new { url = "https://raisons.example/4", text = 42 }),
            "{ ceci n'est pas du JSON");

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/imports/{batch}"));

        Assert.Contains(">terminé<", html, StringComparison.Ordinal);
        // Counts in words of their number, not « importé(s) ».
        Assert.Contains("1 importé, 1 doublon, 3 rejetés", html, StringComparison.Ordinal);
        Assert.Contains(">ligne 2 (https://raisons.example/1)<", html, StringComparison.Ordinal);
        Assert.Contains(">même URL qu'un élément précédent de ce lot<", html, StringComparison.Ordinal);
        Assert.Contains($">son URL compte {French(3024)} caractères, au-delà des {French(2048)} permis<", html, StringComparison.Ordinal);
        Assert.Contains(">« text » est un nombre, pas du texte<", html, StringComparison.Ordinal);
        Assert.Contains(">JSON invalide (à partir du caractère 3)<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("same URL", html, StringComparison.Ordinal);
        Assert.DoesNotContain("characters", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_batch_page_in_english_says_them_in_english()
    {
        var batch = await ImportAsync("reasons.jsonl",
            Line(new { url = "https://reasons.example/1", text = $"Bamako et Moscou parlent de coopération militaire ({Guid.NewGuid():N})." }),
            Line(new { url = "https://reasons.example/1", text = $"Le même lien encore, dans un autre texte ({Guid.NewGuid():N})." }));

        // The switch sets the language cookie in the client's jar, as a browser keeps it.
        using var switched = await Client.GetAsync("/culture?name=en&back=/");
        var html = WebUtility.HtmlDecode(await Client.GetStringAsync($"/admin/imports/{batch}"));

        Assert.Contains(">completed<", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1 imported, 1 duplicate, 0 rejected", html, StringComparison.Ordinal);
        Assert.Contains(">same URL as an earlier item of this batch<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("même URL", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_imports_page_says_why_a_batch_failed_in_french()
    {
        await ImportAsync("vide.jsonl");

        var html = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/imports"));

        Assert.Contains("échoué le fichier est vide<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("the file is empty", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_imports_page_writes_when_a_batch_started_and_its_counts_in_the_page_s_language()
    {
        var file = Path.Combine(_folder.FullName, "quand.jsonl");
        await File.WriteAllTextAsync(file, Line(new { url = "https://quand.example/1", text = $"Bamako et Moscou parlent de coopération militaire ({Guid.NewGuid():N})." }) + "\n");
        var batch = await App.Services.GetRequiredService<ImportService>().ImportAsync(file, "admin", null, CancellationToken.None);
        var started = batch.StartedAt.UtcDateTime;

        var french = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/imports"));
        using var switched = await Client.GetAsync("/culture?name=en&back=/");
        var english = WebUtility.HtmlDecode(await Client.GetStringAsync("/admin/imports"));

        var time = started.ToString("HH:mm", CultureInfo.InvariantCulture);
        Assert.Contains($">{(started.Day == 1 ? "1er" : started.Day)} {FrenchMonths[started.Month - 1]} {started.Year}, {time} UTC<", french, StringComparison.Ordinal);
        Assert.Contains($">{started.Day} {EnglishMonths[started.Month - 1]} {started.Year}, {time} UTC<", english, StringComparison.Ordinal);
        Assert.DoesNotContain(started.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), french, StringComparison.Ordinal);
        Assert.DoesNotContain(started.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), english, StringComparison.Ordinal);
    }

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string Line(object item) => JsonSerializer.Serialize(item);

    private static string French(int number) => number.ToString("N0", CultureInfo.GetCultureInfo("fr"));

    private async Task<long> ImportAsync(string name, params string[] lines)
    {
        var file = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(file, lines.Length == 0 ? "" : string.Join('\n', lines) + "\n");
        var batch = await App.Services.GetRequiredService<ImportService>().ImportAsync(file, "admin", null, CancellationToken.None);
        return batch.Id;
    }
}

public sealed class ImportPagesTestsOnSqlite(SqliteDatabaseFixture database) : ImportPagesTests(database), IClassFixture<SqliteDatabaseFixture>;

public sealed class ImportPagesTestsOnPostgres(PostgresDatabaseFixture database) : ImportPagesTests(database), IClassFixture<PostgresDatabaseFixture>;
