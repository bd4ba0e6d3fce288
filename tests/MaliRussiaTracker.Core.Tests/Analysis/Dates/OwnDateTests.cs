using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Dates;

/// <summary>The date a report that prints no publication date is about, from its own words.</summary>
public class OwnDateTests
{
    private static readonly ArticleAnalyzer Analyzer = new(KnownWorld.LoadEmbedded());

    private static string? OwnDate(string text) => Analyzer.Read("report.txt", text).OwnDate?.ToString();

    [Fact]
    public void A_weekday_with_a_yearless_day_takes_its_year_beside_a_background_date()
    {
        // 12 March is a Tuesday in 2024, a Sunday in 2023: the pledge of 2023 is background, and the weekday says 2024.
        var text = "Ce mardi 12 mars à Niamey, le gouvernement a reçu deux citernes de carburant qui avaient été promises "
            + "en septembre 2023 par le partenaire russe. La cérémonie s'est tenue à l'aéroport en présence du ministre.";

        Assert.Equal("2024-03-12", OwnDate(text));
    }

    [Fact]
    public void A_yearless_day_in_the_lead_falls_at_or_after_the_date_the_text_gives_further_on()
    {
        // Told after « en novembre 2023 » and nearer it a year before, « le 8 juillet » is the July after it: a report's past
        // comes before its news.
        var text = "Une délégation russe est arrivée à Bamako le 8 juillet pour une visite de deux jours. "
            + "Elle sera reçue par le ministre de la Défense. En novembre 2023, les deux pays avaient signé un protocole.";

        Assert.Equal("2024-07-08", OwnDate(text));
    }

    [Fact]
    public void A_yearless_day_whose_weekday_no_year_near_the_text_matches_is_left_out()
    {
        // 12 March 2023 is a Sunday, 2022 a Saturday, 2024 a Tuesday: « lundi 12 mars » fits none of them.
        var text = "Ce lundi 12 mars à Niamey, le gouvernement a reçu deux citernes de carburant qui avaient été promises "
            + "en septembre 2023 par le partenaire russe. La cérémonie s'est tenue à l'aéroport en présence du ministre.";

        Assert.Null(OwnDate(text));
    }

    [Fact]
    public void A_month_far_down_an_undated_report_is_background_not_its_date()
    {
        var text = "Le gouvernement a réceptionné six hélicoptères sur le tarmac de l'aéroport de Sévaré, lors d'une cérémonie "
            + "présidée par le chef d'état-major de l'armée de l'air. Les appareils serviront à surveiller le centre du pays "
            + "et à ravitailler les postes isolés de la région, a précisé l'officier devant les équipages. Le pays avait "
            + "acquis d'autres appareils, livrés en mars 2022, puis un lot de blindés en janvier 2023.";

        Assert.Null(OwnDate(text));
    }

    [Fact]
    public void A_full_day_far_down_an_undated_report_still_dates_it()
    {
        var text = "Le gouvernement a réceptionné six hélicoptères sur le tarmac de l'aéroport de Sévaré, lors d'une cérémonie "
            + "présidée par le chef d'état-major de l'armée de l'air. Les appareils serviront à surveiller le centre du pays "
            + "et à ravitailler les postes isolés de la région, a précisé l'officier devant les équipages. La cérémonie "
            + "s'est tenue le mardi 9 janvier 2024 en présence des familles.";

        Assert.Equal("2024-01-09", OwnDate(text));
    }
}
