using System.Globalization;
using System.Text;

namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>
/// The text with case and accents folded away (« Goïta » reads « goita »), one character for one, so an
/// offset in the folded text is the same offset in the original. Folding once per article lets every
/// matcher compare plain lower-case ASCII-like text.
/// </summary>
public sealed class FoldedText
{
    private static readonly char[] Table = BuildTable();

    private FoldedText(string original, string folded)
    {
        Original = original;
        Folded = folded;
    }

    /// <summary>The normalised text.</summary>
    public string Original { get; }

    /// <summary>The folded text, of the same length.</summary>
    public string Folded { get; }

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static FoldedText Of(string text) => new(text, Fold(text));

    /// <summary>A text and its folded form, folded already.</summary>
    internal static FoldedText Of(string original, string folded) =>
        original.Length == folded.Length ? new(original, folded) : throw new ArgumentException("The folded text must keep the original's length.", nameof(folded));

    /// <summary>Folds one string (an alias, a keyword) the way article text is folded.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            span[i] = FoldChar(source[i]);
    });

    /// <summary>One character folded: lower case, without its accent.</summary>
    public static char FoldChar(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>Whether a folded character belongs to a word.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static char[] BuildTable()
    {
        var table = new char[0x0500];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var folded = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
            table[i] = folded;
        }

        // Ligatures and letters without a decomposition still fold to their first Latin letter.
        table['œ'] = 'o';
        table['Œ'] = 'o';
        table['æ'] = 'a';
        table['Æ'] = 'a';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['ß'] = 's';
        return table;
    }
}
