using System.Buffers;
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
        var buffer = ArrayPool<char>.Shared.Rent(composed.Length);
        var length = 0;
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < composed.Length && composed[i + 1] == '\n')
                        continue;
                    buffer[length++] = '\n';
                    break;
                case '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`':
                    buffer[length++] = '\'';
                    break;
                case '\u00A0' or '\u202F' or '\u2007' or '\u2009' or '\t' or '\f' or '\v':
                    buffer[length++] = ' ';
                    break;
                case '\u2010' or '\u2011':
                    buffer[length++] = '-';
                    break;
                case '\u200B' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    buffer[length++] = c;
                    break;
            }
        }

        var normalised = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return normalised;
    }
}
