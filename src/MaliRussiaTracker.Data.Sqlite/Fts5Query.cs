using System.Text;

namespace MaliRussiaTracker.Data.Sqlite;

/// <summary>
/// What a person typed, as an FTS5 query that cannot fail to parse: every word quoted (FTS5's own operators
/// and punctuation lose their meaning) and matched as a prefix, all words required.
/// </summary>
internal static class Fts5Query
{
    public static string? From(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\"*"));

        void Flush()
        {
            if (word.Length > 0)
                words.Add(word.ToString());
            word.Clear();
        }
    }
}
