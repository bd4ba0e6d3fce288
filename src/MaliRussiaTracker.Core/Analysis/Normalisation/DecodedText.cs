namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>
/// The outcome of reading an article's bytes: its text and the encoding it was read in, or why it could not
/// be read. A refused input is a value, not an exception, so one bad file never stops a batch.
/// </summary>
public sealed record DecodedText(string? Text, string? Encoding, string? Error)
{
    /// <summary>Whether the bytes were read as text.</summary>
    public bool Succeeded => Text is not null;

    internal static DecodedText Read(string text, string encoding) => new(text, encoding, null);

    internal static DecodedText Refused(string error) => new(null, null, error);
}
