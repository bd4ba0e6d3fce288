using System.Text;

namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>
/// Puts article text in the one form the engine reads: Unicode NFC, straight apostrophes, plain spaces,
/// <c>\n</c> line ends. Every offset the engine reports points into this form.
/// </summary>
public static class TextNormaliser
{
    /// <summary>The normal form of <paramref name="text"/>.</summary>
    public static string Normalise(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < composed.Length && composed[i + 1] == '\n')
                        continue;
                    builder.Append('\n');
                    break;
                case '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`':
                    builder.Append('\'');
                    break;
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\t' or '\f' or '\v':
                    builder.Append(' ');
                    break;
                case '\u2010' or '\u2011':
                    builder.Append('-');
                    break;
                case '\u200B' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
