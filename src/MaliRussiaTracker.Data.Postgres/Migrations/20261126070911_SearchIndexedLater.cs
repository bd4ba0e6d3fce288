using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexedLater : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The one definition of an article's search vector, for the trigger and for the writers that index
            // later: the title weighs more than the text. Same as the generated column it replaces.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mrt_search_vector(title text, body text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT setweight(to_tsvector('french', mrt_unaccent(coalesce(title, ''))), 'A')
                          || setweight(to_tsvector('french', mrt_unaccent(coalesce(body, ''))), 'B') $$;
                """);

            // A plain column from now on, its values kept: a generated column is always computed by the statement
            // that inserts the row, which is what a batch import must be able to put off.
            migrationBuilder.Sql("""ALTER TABLE "Articles" ALTER COLUMN "SearchVector" DROP EXPRESSION;""");

            // Every article inserted gets its vector in its own transaction, whoever inserts it (EF Core, COPY, a
            // hand-made INSERT), unless that transaction set mrt.search_index_later: a batch import, which has its
            // chunk indexed on another connection once committed. A changed title or text is indexed again.
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

                CREATE TRIGGER "Articles_IndexForSearch"
                BEFORE INSERT OR UPDATE OF "Title", "CleanText" ON "Articles"
                FOR EACH ROW EXECUTE FUNCTION mrt_index_article_for_search();
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WaitingForSearch",
                table: "Articles",
                column: "Id",
                filter: "\"SearchVector\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_WaitingForSearch",
                table: "Articles");

            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Articles_IndexForSearch" ON "Articles";
                DROP FUNCTION IF EXISTS mrt_index_article_for_search();
                """);

            // Back to a generated column: made again, computed again for every article.
            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Articles");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "SearchVector",
                table: "Articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('french', mrt_unaccent(coalesce(\"Title\", ''))), 'A') || setweight(to_tsvector('french', mrt_unaccent(\"CleanText\")), 'B')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SearchVector",
                table: "Articles",
                column: "SearchVector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS mrt_search_vector(text, text);");
        }
    }
}
