using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The one definition of an article's search vector, used by the trigger, by the writers that index
            // later, and by nothing else: the title weighs more than the text.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mrt_search_vector(title text, body text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT setweight(to_tsvector('french', mrt_unaccent(coalesce(title, ''))), 'A')
                          || setweight(to_tsvector('french', mrt_unaccent(coalesce(body, ''))), 'B') $$;
                """);

            migrationBuilder.CreateTable(
                name: "ArticleSearch",
                columns: table => new
                {
                    ArticleId = table.Column<long>(type: "bigint", nullable: false),
                    Vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSearch", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleSearch_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The vectors already computed move over as they are, before the column goes.
            migrationBuilder.Sql("""
                INSERT INTO "ArticleSearch" ("ArticleId", "Vector")
                SELECT "Id", coalesce("SearchVector", mrt_search_vector("Title", "CleanText")) FROM "Articles";
                """);

            migrationBuilder.DropIndex(
                name: "IX_Articles_SearchVector",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SearchVector",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSearch_Vector",
                table: "ArticleSearch",
                column: "Vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            // Every article inserted is indexed in its own transaction, whoever inserts it, unless that transaction
            // set mrt.search_index_later (a batch import, which indexes on another connection once committed). A
            // changed title or text is indexed again.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION mrt_index_article_for_search() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP = 'INSERT' AND current_setting('mrt.search_index_later', true) = 'on' THEN
                        RETURN NULL;
                    END IF;
                    INSERT INTO "ArticleSearch" ("ArticleId", "Vector")
                    VALUES (NEW."Id", mrt_search_vector(NEW."Title", NEW."CleanText"))
                    ON CONFLICT ("ArticleId") DO UPDATE SET "Vector" = EXCLUDED."Vector";
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER "Articles_IndexForSearch"
                AFTER INSERT OR UPDATE OF "Title", "CleanText" ON "Articles"
                FOR EACH ROW EXECUTE FUNCTION mrt_index_article_for_search();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "Articles_IndexForSearch" ON "Articles";
                DROP FUNCTION IF EXISTS mrt_index_article_for_search();
                """);

            migrationBuilder.DropTable(
                name: "ArticleSearch");

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
