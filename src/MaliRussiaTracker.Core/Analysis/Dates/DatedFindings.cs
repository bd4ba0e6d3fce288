using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>Turns a date expression into the dated facts the output lists.</summary>
public static class DatedFindings
{
    /// <summary>
    /// The facts of <paramref name="expression"/> in <paramref name="content"/>, resolved against
    /// <paramref name="reference"/> (which <paramref name="against"/> describes); none where a relative date has
    /// no reference.
    /// </summary>
    public static IEnumerable<DatedFinding> Of(string content, DateExpression expression, DateAnchor? reference, string against)
    {
        if (expression.Resolve(reference) is not { } date)
            yield break;
        var text = content[expression.Start..expression.End];
        var resolution = expression.IsAbsolute ? null : "against " + against;
        var others = expression.ResolveOthers(reference).ToList();
        // Days listed together are one fact (a two-day visit); months listed together are separate facts.
        if (expression.From.Day is null && others.Count > 0)
        {
            yield return new DatedFinding(date, text, expression.Start, expression.End, resolution, []);
            foreach (var other in others)
                yield return new DatedFinding(other, text, expression.Start, expression.End, resolution, []);
            yield break;
        }

        yield return new DatedFinding(date, text, expression.Start, expression.End, resolution, others);
    }
}
