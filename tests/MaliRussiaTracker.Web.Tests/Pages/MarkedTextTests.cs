using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Web.Components.Pages.Article;

namespace MaliRussiaTracker.Web.Tests.Pages;

public class MarkedTextTests
{
    [Fact]
    public void A_name_inside_a_quote_keeps_both_marks_and_the_text_is_whole()
    {
        const string text = "Il a dit « Lavrov viendra demain » hier.";
        var start = text.IndexOf("Lavrov", StringComparison.Ordinal);
        var quote = new TextMark(start, text.IndexOf(" »", StringComparison.Ordinal), MarkKind.Quote, "X", ReviewState.Suggested);
        var name = new TextMark(start, start + "Lavrov".Length, MarkKind.Actor, "Sergueï Lavrov", ReviewState.Confirmed);

        var segments = MarkedText.Split(text, 0, text.Length, [quote, name]);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal([MarkKind.Actor, MarkKind.Quote], segments.Single(s => s.Text == "Lavrov").Marks.Select(m => m.Kind));
        Assert.Equal([MarkKind.Quote], segments.Single(s => s.Text == " viendra demain").Marks.Select(m => m.Kind));
    }

    [Fact]
    public void The_body_is_what_lies_between_furniture_spans()
    {
        (int, int)[] furniture = [(30, 35), (10, 20), (12, 18)];

        Assert.Equal([(0, 10), (20, 30), (35, 40)], MarkedText.Body(40, furniture));
    }
}
