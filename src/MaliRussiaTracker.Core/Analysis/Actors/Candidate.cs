namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// Something the gazetteer does not know yet, proposed for an editor: a person or organisation seen with a
/// title or role, or an event the article dates that matches no known one.
/// </summary>
/// <param name="Kind"><c>person</c>, <c>organisation</c> or <c>event</c>.</param>
/// <param name="Evidence">The words that show it (the title, the full name, the sentence).</param>
/// <param name="Date">For an event, its date (ISO).</param>
public sealed record Candidate(string Kind, string Name, string Evidence, int Start, int End, string? Date = null);
