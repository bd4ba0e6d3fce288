using System.Text;
using System.Text.Json;

namespace MaliRussiaTracker.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mrt-analyze-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Json_prints_one_line_per_file_and_bad_files_get_their_own_message()
    {
        var good = Write("good.txt", Encoding.UTF8.GetBytes("Le ministre malien des Affaires étrangères, Abdoulaye Diop, était à Moscou le 3 avril 2025 pour parler de coopération militaire avec Sergueï Lavrov."));
        var empty = Write("empty.txt", []);
        var binary = Write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D]);
        var big = Write("big.txt", new byte[50 * 1024 * 1024]);
        var broken = Write("broken.txt", [.. Encoding.UTF8.GetBytes("Un été à Ségou. "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" Déjà là.")]);

        var (exitCode, output, errors) = await RunAsync("analyze", "--json", good, empty, binary, big, Path.Combine(_folder.FullName, "missing.txt"), broken);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Contains("abdoulaye-diop", lines[0].GetProperty("actors").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("empty", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("binary", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("the file is 50 MB, over the limit of 10 MB", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("no such file", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", lines[5].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
        Assert.Contains("empty.txt: the file is empty", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_size_limit_is_an_option()
    {
        var big = Write("big.txt", new byte[3 * 1024 * 1024]);

        var (_, output, _) = await RunAsync("analyze", "--json", "--max-mb", "2", big);

        Assert.Contains("over the limit of 2 MB", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_json_prints_a_report()
    {
        var file = Write("a.txt", Encoding.UTF8.GetBytes("Sergueï Lavrov était à Bamako les 6 et 7 février 2023.\nLire aussi : autre chose"));

        var (exitCode, output, _) = await RunAsync("analyze", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("sergei-lavrov", output, StringComparison.Ordinal);
        Assert.Contains("-- Furniture removed (1)", output, StringComparison.Ordinal);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }
}
