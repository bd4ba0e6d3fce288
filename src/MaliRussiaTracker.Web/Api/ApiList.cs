namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// Every list the API answers, in one shape: the rows of one page, the total (a lower bound when
/// <see cref="TotalIsLowerBound"/>, decision 0010), and the skip and take that page was cut with, so a script
/// pages on with <c>skip = skip + take</c> while <c>skip + take &lt; total</c> (or while a full page comes back).
/// </summary>
public sealed record ApiList<T>(IReadOnlyList<T> Rows, int Total, bool TotalIsLowerBound, int Skip, int Take);

/// <summary>A page asked for with <c>skip</c> and <c>take</c>: a negative skip is the start, a take past the most is the most.</summary>
internal readonly record struct ApiPage(int Skip, int Take)
{
    public const int MaxTake = 500;

    public static ApiPage Of(int? skip, int? take, int defaultTake) => new(Math.Max(skip ?? 0, 0), Math.Clamp(take ?? defaultTake, 1, MaxTake));

    public ApiList<T> List<T>(IReadOnlyList<T> rows, int total, bool totalIsLowerBound = false) => new(rows, total, totalIsLowerBound, Skip, Take);
}
