using System.Text;

namespace MaliRussiaTracker.Cli.Commands;

/// <summary>
/// Reads a password without putting it on the command line (where the shell's history and the process list
/// would keep it): from the terminal without echo, or the first line of standard input when it is redirected
/// (<c>echo "$PW" | mrt users add …</c>, a secret file in a container).
/// </summary>
public sealed class SecretReader(TextReader? redirected, TextWriter prompts)
{
    /// <summary>Reads from the process's own console, unless its input is redirected.</summary>
    public static SecretReader FromConsole(TextWriter prompts) => new(Console.IsInputRedirected ? Console.In : null, prompts);

    /// <summary>Asks for a password (twice at a terminal, so a typo is not saved); null when none was given or the two differ.</summary>
    public async Task<(string? Password, string? Problem)> ReadNewAsync(string prompt)
    {
        if (redirected is not null)
        {
            var line = await redirected.ReadLineAsync();
            return string.IsNullOrEmpty(line) ? (null, "no password on standard input.") : (line, null);
        }

        var first = ReadHidden(prompt);
        if (first.Length == 0)
            return (null, "no password typed.");
        return ReadHidden("Again: ") == first ? (first, null) : (null, "the two passwords differ.");
    }

    private string ReadHidden(string prompt)
    {
        prompts.Write(prompt);
        prompts.Flush();
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                    typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        prompts.WriteLine();
        return typed.ToString();
    }
}
