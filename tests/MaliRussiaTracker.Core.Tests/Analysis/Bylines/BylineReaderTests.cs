using MaliRussiaTracker.Core.Analysis;
using MaliRussiaTracker.Core.Analysis.Bylines;
using MaliRussiaTracker.Core.Analysis.Furniture;
using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis.Bylines;

public class BylineReaderTests
{
    internal static Byline Read(string text)
    {
        var folded = FoldedText.Of(text);
        return BylineReader.Read(folded, FurnitureSplitter.Split(folded));
    }

    [Fact]
    public void Reads_the_publication_date_the_outlet_and_the_author()
    {
        var byline = Read("""
            Kayes : le pont enfin ouvert
            Publié le vendredi 14 mars 2025 à 10:05
            Le ministre a inauguré le pont hier, devant une foule nombreuse venue de toute la région de Kayes.
            Par Mariam Keïta
            sahelnews.ml
            """);

        Assert.Equal(new DateOnly(2025, 3, 14), byline.Published);
        Assert.Equal("sahelnews.ml", byline.Outlet);
        Assert.Equal("Mariam Keïta", byline.Author);
    }

    [Fact]
    public void A_signature_alone_on_the_last_line_is_the_author_and_no_date_is_invented()
    {
        var byline = Read("Le ministre a inauguré le pont en mars 2024, devant une foule venue de toute la région.\nLa Rédaction");

        Assert.Null(byline.Published);
        Assert.Equal("La Rédaction", byline.Author);
        Assert.Null(byline.Outlet);
    }

    [Fact]
    public void A_date_alone_on_a_line_at_the_head_of_the_page_is_the_publication_date()
    {
        var byline = Read("Niger : la junte reçoit des instructeurs russes\nMardi 14 mai 2024 - 10h30\nLes instructeurs sont arrivés le 10 mai 2024 à Niamey.");

        Assert.Equal(new DateOnly(2024, 5, 14), byline.Published);
    }

    [Theory]
    [InlineData("NIAMEY, 2 mars 2026 (Agence Nigérienne de Presse) - Le ministre a reçu hier une délégation venue de Moscou pour évoquer la formation des pilotes.", 2026, 3, 2)]
    [InlineData("OUAGADOUGOU/MOSCOU, lundi 9 février 2026 — Les deux gouvernements ont signé un protocole sur la formation de cadets burkinabè en Russie.", 2026, 2, 9)]
    public void A_wire_dateline_gives_the_publication_date(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Read(text).Published);
    }

    [Fact]
    public void The_agency_in_a_wire_dateline_is_the_outlet_and_its_names_are_not_the_news()
    {
        var analysis = new ArticleAnalyzer(KnownWorld.LoadEmbedded()).Analyze("wire.txt",
            "NIAMEY, 2 mars 2026 (Agence Sahel Info) - Le ministre a reçu hier une délégation venue de Moscou pour évoquer la formation des pilotes du Sahel.");

        Assert.Equal("Agence Sahel Info", analysis.Outlet);
        Assert.Single(analysis.Mentions, m => m.Slug == "sahel");
    }

    [Fact]
    public void A_date_after_a_comma_in_an_opening_sentence_is_not_a_dateline()
    {
        Assert.Null(Read("Niamey a annoncé, mardi 3 mars 2026, une nouvelle étape de sa coopération militaire avec Moscou.").Published);
    }

    [Fact]
    public void A_date_alone_with_an_english_time_and_zone_is_the_publication_date()
    {
        var byline = Read("""
            Troops arrive in the north, army says

            February 18, 2026 4:12 PM GMT

            The first units reached the town on Tuesday, the army said in a statement on state television.
            """);

        Assert.Equal(new DateOnly(2026, 2, 18), byline.Published);
    }

    [Fact]
    public void A_date_alone_with_the_desk_after_a_bar_is_the_publication_date()
    {
        var byline = Read("""
            Le pont de Kayes rouvert à la circulation

            16 février 2026 | Rédaction

            Le ministre a inauguré le pont ce lundi, devant une foule nombreuse venue de toute la région.
            """);

        Assert.Equal(new DateOnly(2026, 2, 16), byline.Published);
    }
}

public class PublicationDateFormsTests
{
    private static Byline Read(string text) => BylineReaderTests.Read(text);

    [Fact]
    public void A_page_that_opens_on_an_iso_month_is_published_that_month()
    {
        var byline = Read(" date 2026-01 Les autorités de Niamey ont reçu une cargaison de matériel médical venue de Kazan.");

        Assert.Null(byline.Published);
        Assert.Equal("2026-01", byline.PublishedDate.ToString());
    }

    [Fact]
    public void A_page_that_opens_on_an_iso_day_is_published_that_day()
    {
        Assert.Equal(new DateOnly(2026, 1, 21), Read("2026-01-21 Les autorités de Niamey ont reçu une cargaison de matériel médical.").Published);
    }

    [Fact]
    public void A_header_date_within_the_iso_month_gives_the_day()
    {
        var byline = Read(" date 2026-01 Une école de pilotes ouvre à Ségou\n\nMardi 20 janvier 2026 - 09h10\n\nLes premiers élèves sont arrivés lundi.");

        Assert.Equal(new DateOnly(2026, 1, 20), byline.Published);
    }

    [Theory]
    [InlineData("Une école de pilotes ouvre à Ségou Publié le mardi 20 janvier 2026 à 09:10 | Sahel Hebdo\nLes élèves sont arrivés.")]
    [InlineData("Une école de pilotes ouvre à Ségou\nMis à jour le 21 janvier 2026 - Publié le 20 janvier 2026\nLes élèves sont arrivés.")]
    [InlineData("Une école de pilotes ouvre à Ségou\n20.01.2026 à 09:10\nLes élèves sont arrivés.")]
    [InlineData("Une école de pilotes ouvre à Ségou\n20/01/2026\nLes élèves sont arrivés.")]
    [InlineData("Une école de pilotes ouvre à Ségou\nAwa Sidibé | 20 janvier 2026\nLes élèves sont arrivés.")]
    [InlineData("Pilot school opens in Segou\nPublished January 20, 2026 | 09:10 AM\nThe first pupils arrived on Monday.")]
    [InlineData("Une école de pilotes ouvre à Ségou\n© Sahelhebdo.net - mardi 20 janvier 2026 - 09:10\nLes élèves sont arrivés.")]
    [InlineData("Une école de pilotes ouvre à Ségou\n20 janvier 2026 à 9h10 par AFP\nLes élèves sont arrivés.")]
    public void Reads_the_forms_real_headers_print(string text)
    {
        Assert.Equal(new DateOnly(2026, 1, 20), Read(text).Published);
    }

    [Fact]
    public void An_update_counts_only_where_nothing_says_published()
    {
        Assert.Equal(new DateOnly(2026, 1, 21), Read("Une école de pilotes ouvre à Ségou\nMis à jour le 21 janvier 2026\nLes élèves sont arrivés.").Published);
    }

    [Fact]
    public void The_author_before_a_bar_is_the_author()
    {
        Assert.Equal("Awa Sidibé", Read("Une école de pilotes ouvre à Ségou\nAwa Sidibé | 20 janvier 2026\nLes élèves sont arrivés.").Author);
    }
}
