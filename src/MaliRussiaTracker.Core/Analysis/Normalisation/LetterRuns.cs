namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>
/// The words of a text as runs of letters, without allocating: <c>foreach (var (start, length) in LetterRuns.Of(text))</c>.
/// « l'armée » is two runs, « Saint-Pétersbourg » two; digits and punctuation separate words.
/// </summary>
public ref struct LetterRuns
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    private LetterRuns(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The current word: where it starts and how long it is.</summary>
    public (int Start, int Length) Current { get; private set; }

    /// <summary>The words of <paramref name="text"/>.</summary>
    public static LetterRuns Of(ReadOnlySpan<char> text) => new(text);

    /// <summary>Enumerates itself.</summary>
    public readonly LetterRuns GetEnumerator() => this;

    /// <summary>Moves to the next word.</summary>
    public bool MoveNext()
    {
        var i = _position;
        while (i < _text.Length && !char.IsLetter(_text[i]))
            i++;
        var start = i;
        while (i < _text.Length && char.IsLetter(_text[i]))
            i++;
        _position = i;
        Current = (start, i - start);
        return i > start;
    }
}
