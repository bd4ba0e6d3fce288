using MaliRussiaTracker.Testing.Databases;

namespace MaliRussiaTracker.Cli.Tests.Commands;

public sealed class ImportCommandTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task Import_prints_the_batch_totals_and_each_rejected_item_with_its_reason()
    {
        var file = Path.Combine(database.DataFolder, "lot.csv");
        await File.WriteAllTextAsync(file, "url,title,text\nhttps://cli.example/1,Un,Premier texte sur Bamako\nhttps://cli.example/2,Deux\nhttps://cli.example/1,Un bis,Premier texte sur Bamako\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await CliApplication.RunAsync(["import", file], output, errors, database.Settings);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^Batch \d+ \(lot\.csv\): 1 imported, 1 duplicate\(s\), 1 rejected\.$", lines[0]);
        Assert.Equal("rejected record 2 (https://cli.example/2): 2 field(s) where the header names 3", lines[1]);
    }

    [Fact]
    public async Task Import_of_a_file_of_an_unknown_kind_fails_with_a_one_line_message()
    {
        var file = Path.Combine(database.DataFolder, "notes.docx");
        await File.WriteAllTextAsync(file, "?");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exit = await CliApplication.RunAsync(["import", file], output, errors, database.Settings);

        Assert.Equal(1, exit);
        Assert.Equal("mrt: 'notes.docx' is not a batch file this importer reads (.docx): give a .jsonl, .csv or .zip file", errors.ToString().Trim());
    }
}
