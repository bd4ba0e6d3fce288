namespace MaliRussiaTracker.Core.Analysis.Quotes;

/// <summary>A quotation of three words or more, and who says it where the text tells.</summary>
/// <param name="Start">Where the quoted words start (inside the quotation marks).</param>
/// <param name="End">Where they end.</param>
/// <param name="Speaker">The speaker's actor slug, or null.</param>
/// <param name="SpeakerStart">Where the text names the speaker, or -1.</param>
public sealed record QuotedPassage(int Start, int End, string Text, string? Speaker, int SpeakerStart, int SpeakerEnd)
{
    /// <summary>Where the speaker is not in the gazetteer but the text names them: the name, for an editor.</summary>
    public string? SpeakerName { get; init; }
}
