using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // FTS5 over the articles' own columns (external content: no second copy of the text), kept in step by
            // triggers; remove_diacritics makes « Goita » find « Goïta ».
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
                    "Title", "CleanText", content='Articles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchInsert" AFTER INSERT ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"(rowid, "Title", "CleanText") VALUES (new."Id", new."Title", new."CleanText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchDelete" AFTER DELETE ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "CleanText") VALUES ('delete', old."Id", old."Title", old."CleanText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchUpdate" AFTER UPDATE OF "Title", "CleanText" ON "Articles" BEGIN
                    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "Title", "CleanText") VALUES ('delete', old."Id", old."Title", old."CleanText");
                    INSERT INTO "ArticleSearch"(rowid, "Title", "CleanText") VALUES (new."Id", new."Title", new."CleanText");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Articles_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "ArticleSearch";""");
        }
    }
}
