using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchHeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search vector is built from unaccented text, so its query's words carry no accents (« goita »): a
            // headline over the article's own text must read its words the same way to find them, yet show them as
            // written (« Goïta »). This configuration is `french` with unaccent before the stemmer, for ts_headline.
            migrationBuilder.Sql("""
                CREATE TEXT SEARCH CONFIGURATION mrt_french_unaccent (COPY = pg_catalog.french);
                ALTER TEXT SEARCH CONFIGURATION mrt_french_unaccent
                    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS mrt_french_unaccent;");
        }
    }
}
