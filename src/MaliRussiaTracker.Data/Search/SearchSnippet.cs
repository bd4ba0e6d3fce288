namespace MaliRussiaTracker.Data.Search;

/// <summary>
/// A few words of an article around what a search matched, as each database's engine cuts them (PostgreSQL's
/// ts_headline, SQLite's FTS5 snippet()), the matched words between <see cref="Start"/> and <see cref="End"/>.
/// The markers are characters of Unicode's private use area, not HTML: a page shows the text as text and marks the
/// spans between them, so nothing an article says can become markup.
/// </summary>
public static class SearchSnippet
{
    public const char Start = '\uE000';
    public const char End = '\uE001';

    /// <summary>How many words of text a snippet holds, about.</summary>
    public const int Words = 24;

    /// <summary>The snippet as runs of text, each said to be a match or not, the markers gone.</summary>
    public static IReadOnlyList<(string Text, bool IsMatch)> Split(string snippet)
    {
        var runs = new List<(string, bool)>();
        var (from, inMatch) = (0, false);
        for (var i = 0; i <= snippet.Length; i++)
        {
            var atEnd = i == snippet.Length;
            if (!atEnd && snippet[i] != Start && snippet[i] != End)
                continue;
            if (i > from)
                runs.Add((snippet[from..i], inMatch));
            if (!atEnd)
                inMatch = snippet[i] == Start;
            from = i + 1;
        }

        return runs;
    }
}

/// <summary>One article's snippet, as a provider's query reads it.</summary>
public sealed class SnippetRow
{
    public long Id { get; set; }
    public string? Snippet { get; set; }
}
