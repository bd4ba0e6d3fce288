namespace MaliRussiaTracker.Cli.Tests.Commands;

public sealed class ErrorOutputTests
{
    private static readonly Dictionary<string, string?> Unreachable = new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Tracker"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2",
    };

    [Fact]
    public async Task An_error_is_one_line_without_a_stack_trace_and_the_trace_comes_with_verbose()
    {
        var plain = await RunAsync("migrate");
        var verbose = await RunAsync("migrate", "--verbose");

        Assert.Equal(1, plain.Exit);
        var lines = plain.Errors.Trim().Split('\n');
        Assert.StartsWith("mrt: ", lines[0], StringComparison.Ordinal);
        Assert.Contains("--verbose", lines[^1], StringComparison.Ordinal);
        Assert.True(lines.Length <= 2, plain.Errors);
        Assert.DoesNotContain("   at ", plain.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", plain.Errors, StringComparison.Ordinal);
        Assert.Equal(1, verbose.Exit);
        Assert.Contains("   at ", verbose.Errors, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CliApplication.RunAsync(args, output, errors, Unreachable);
        return (exit, output.ToString(), errors.ToString());
    }
}
