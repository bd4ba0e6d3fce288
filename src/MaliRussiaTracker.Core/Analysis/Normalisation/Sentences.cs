namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>
/// Sentence boundaries of a text, ignoring full stops inside quotations and after initials (« M. Lavrov »,
/// « A.S. »), so a quotation's speaker is looked for in the sentence around it, not in the quotation.
/// </summary>
public sealed class Sentences
{
    private readonly List<int> _starts = [0];

    private Sentences()
    {
    }

    /// <summary>Splits <paramref name="text"/>.</summary>
    public static Sentences Of(string text)
    {
        var sentences = new Sentences();
        var depth = 0;
        var straightOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '«' or '“':
                    depth++;
                    break;
                case '»' or '”':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"':
                    straightOpen = !straightOpen;
                    break;
                case '\n':
                    depth = 0;
                    straightOpen = false;
                    sentences.StartAt(text, i + 1);
                    break;
                case '.' or '!' or '?' when depth == 0 && !straightOpen && EndsSentence(text, i):
                    sentences.StartAt(text, i + 1);
                    break;
            }
        }

        return sentences;
    }

    /// <summary>Where the sentence holding <paramref name="position"/> starts.</summary>
    public int StartOf(int position) => _starts[IndexOf(position)];

    /// <summary>Where the sentence holding <paramref name="position"/> ends.</summary>
    public int EndOf(int position, int textLength)
    {
        var index = IndexOf(position) + 1;
        return index < _starts.Count ? _starts[index] : textLength;
    }

    /// <summary>Where the sentence <paramref name="back"/> sentences before the one at <paramref name="position"/> starts.</summary>
    public int StartBefore(int position, int back) => _starts[Math.Max(0, IndexOf(position) - back)];

    // Blank lines between paragraphs are not sentences: counting back « two sentences » must reach text.
    private void StartAt(string text, int start)
    {
        if (text.AsSpan(_starts[^1], start - _starts[^1]).IsWhiteSpace())
            _starts[^1] = start;
        else
            _starts.Add(start);
    }

    private int IndexOf(int position)
    {
        var index = _starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    private static bool EndsSentence(string text, int i)
    {
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('»' or '”' or '"'))
            return false;
        // An initial: one capital letter before the stop, itself after a space or another stop.
        return !(i >= 1 && char.IsUpper(text[i - 1]) && (i == 1 || !char.IsLetter(text[i - 2])));
    }
}
