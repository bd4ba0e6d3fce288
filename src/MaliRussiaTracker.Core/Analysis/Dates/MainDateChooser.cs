using MaliRussiaTracker.Core.Domain;

namespace MaliRussiaTracker.Core.Analysis.Dates;

/// <summary>Where an article goes on a timeline: the day or month it is about.</summary>
public static class MainDateChooser
{
    private const int LeadLength = 400;
    private const int LeadDaysBefore = 7;

    /// <summary>
    /// The article's own date when no publication date is printed: the first full day in its opening, else the
    /// first day or month it gives; « depuis 2021 » and ranges are background, not what it is about.
    /// </summary>
    public static PartialDate? OwnDate(IReadOnlyList<DateExpression> dates, int length)
    {
        PartialDate? firstMonth = null;
        foreach (var expression in dates)
        {
            if (!expression.IsAbsolute || expression.IsSince || expression.To is not null)
                continue;
            if (expression.Resolve(null) is not { } date || date.Precision == DatePrecision.Year)
                continue;
            if (date.Precision == DatePrecision.Day && expression.Start <= length / 3)
                return date;
            firstMonth ??= date;
        }

        return firstMonth;
    }

    /// <summary>
    /// A report published on Wednesday about « mardi » is about Tuesday: the day its opening gives, in the week
    /// before publication, is where it goes on a timeline. A day further back is background (« il y a un an »).
    /// The opening follows the publication line, or, in a wire's dateline (« BAMAKO, 14 janvier 2026 (Agence) –
    /// Le Mali a reçu mardi… »), the date itself on the same line.
    /// </summary>
    public static DateOnly? DayOfTheLead(ArticleReading reading, IReadOnlyList<DatedFinding> facts, DateOnly published)
    {
        var start = reading.Byline.PublishedStart;
        var leadStart = start < 0 ? 0 : reading.Byline.PublishedInDateline ? start : reading.Sentences.EndOf(start, reading.Content.Length);
        var leadEnd = leadStart + LeadLength;
        foreach (var fact in facts)
        {
            if (fact.Start < leadStart || fact.Start >= leadEnd || fact.Date.IsRange || fact.Date.Precision != DatePrecision.Day)
                continue;
            var day = fact.Date.Earliest;
            if (day < published && day >= published.AddDays(-LeadDaysBefore))
                return day;
        }

        return null;
    }
}
