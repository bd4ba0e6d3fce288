using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchCoverage",
                table: "Articles",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "WholeText");

            // PostgreSQL refuses a tsvector past 1 MB of distinct words (error 54000): one such article made every
            // statement that indexed it fail, its whole chunk's with it, for good. Past the limit the article is
            // indexed on the start of its text, and failing that on its title, then not at all, and says so; the
            // bound keeps even 4-byte characters under the limit with a 1,000-character title beside them.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mrt_bounded_search_vector(title text, body text, OUT vector tsvector, OUT coverage text)
                LANGUAGE plpgsql IMMUTABLE
                AS $$
                BEGIN
                    BEGIN
                        vector := mrt_search_vector(title, body);
                        coverage := 'WholeText';
                        RETURN;
                    EXCEPTION WHEN program_limit_exceeded THEN
                        NULL;
                    END;
                    BEGIN
                        vector := mrt_search_vector(title, left(body, 250000));
                        coverage := 'BoundedText';
                        RETURN;
                    EXCEPTION WHEN program_limit_exceeded THEN
                        NULL;
                    END;
                    BEGIN
                        vector := mrt_search_vector(title, '');
                    EXCEPTION WHEN program_limit_exceeded THEN
                        vector := ''::tsvector;
                    END;
                    coverage := 'NotIndexed';
                END
                $$;

                CREATE OR REPLACE FUNCTION mrt_index_article_for_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP = 'INSERT' AND current_setting('mrt.search_index_later', true) = 'on' THEN
                        RETURN NEW;
                    END IF;
                    SELECT b.vector, b.coverage INTO NEW."SearchVector", NEW."SearchCoverage"
                    FROM mrt_bounded_search_vector(NEW."Title", NEW."CleanText") b;
                    RETURN NEW;
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mrt_index_article_for_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP = 'INSERT' AND current_setting('mrt.search_index_later', true) = 'on' THEN
                        RETURN NEW;
                    END IF;
                    NEW."SearchVector" := mrt_search_vector(NEW."Title", NEW."CleanText");
                    RETURN NEW;
                END
                $$;

                DROP FUNCTION IF EXISTS mrt_bounded_search_vector(text, text);
                """);
            migrationBuilder.DropColumn(
                name: "SearchCoverage",
                table: "Articles");
        }
    }
}
