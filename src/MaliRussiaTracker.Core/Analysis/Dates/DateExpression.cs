using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>A date as the text prints it, with where it stands; resolve it to get a <see cref="PartialDate"/>.</summary>
/// <param name="To">The other end of a range (« du 11 au 14 novembre », « entre 2020 et 2023 »).</param>
/// <param name="Others">The further items of a list (« les 6 et 7 février »: the 7th; « janvier et mars »: March).</param>
/// <param name="IsSince">Printed as a starting point (« depuis 2021 »): a date, not what the article is about.</param>
public sealed record DateExpression(int Start, int End, DateSpec From, DateSpec? To, IReadOnlyList<DateSpec> Others, bool IsSince)
{
    /// <summary>Whether the printed words alone fix the date.</summary>
    public bool IsAbsolute => From.IsAbsolute && (To?.IsAbsolute ?? true);

    /// <summary>The date, with open parts taken from <paramref name="reference"/>; null where it cannot be fixed.</summary>
    public PartialDate? Resolve(DateAnchor? reference)
    {
        // A range's start often leaves out what its end prints (« du 11 au 14 novembre 2025 »).
        var toPoint = To?.Resolve(reference);
        var fromSpec = From;
        if (To is not null && toPoint is { } end)
        {
            fromSpec = fromSpec with
            {
                Year = fromSpec.Year ?? (fromSpec.Month is null && fromSpec.Day is not null || fromSpec.Month is not null ? end.Year : null),
                Month = fromSpec.Month ?? (fromSpec.Day is not null ? end.Month : null),
            };
            if (fromSpec.Year is not null && fromSpec.Month is not null && fromSpec.Month > end.Month && fromSpec.Year == end.Year && From.Year is null)
                fromSpec = fromSpec with { Year = end.Year - 1 };
        }

        if (fromSpec.Resolve(reference) is not { } start)
            return null;
        if (toPoint is not { } last)
            return PartialDate.Of(start);
        return last < start ? PartialDate.Of(start) : PartialDate.Range(start, last);
    }

    /// <summary>Every further item of a list, resolved (the first is <see cref="Resolve"/>'s).</summary>
    public IEnumerable<PartialDate> ResolveOthers(DateAnchor? reference)
    {
        foreach (var day in Others)
        {
            var spec = day with { Year = day.Year ?? From.Year, Month = day.Month ?? From.Month, Direction = From.Direction };
            if (spec.Resolve(reference) is { } point)
                yield return PartialDate.Of(point);
        }
    }
}
