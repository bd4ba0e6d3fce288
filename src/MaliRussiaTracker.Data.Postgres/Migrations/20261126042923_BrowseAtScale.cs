using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BrowseAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_ActorId_State",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ArticleId_AgreementId_State",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ArticleId_EventId_State",
                table: "Mentions");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateTable(
                name: "AgreementOutlets",
                columns: table => new
                {
                    AgreementId = table.Column<long>(type: "bigint", nullable: false),
                    Outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementOutlets", x => new { x.Outlet, x.AgreementId });
                    table.ForeignKey(
                        name: "FK_AgreementOutlets_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventOutlets",
                columns: table => new
                {
                    EventId = table.Column<long>(type: "bigint", nullable: false),
                    Outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventOutlets", x => new { x.Outlet, x.EventId });
                    table.ForeignKey(
                        name: "FK_EventOutlets_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ActorId_ArticleId_State",
                table: "Mentions",
                columns: new[] { "ActorId", "ArticleId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementOutlets_AgreementId",
                table: "AgreementOutlets",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_EventOutlets_EventId",
                table: "EventOutlets",
                column: "EventId");

            // Hand-written: the outlets behind the events and agreements already stored, as SourceOutlets keeps them
            // from now on (plain SQL both databases speak).
            migrationBuilder.Sql(
                """
                INSERT INTO "EventOutlets" ("EventId", "Outlet")
                SELECT DISTINCT m."EventId", a."Outlet" FROM "Mentions" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId"
                WHERE m."EventId" IS NOT NULL AND m."State" <> 'Rejected' AND a."Outlet" IS NOT NULL
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "AgreementOutlets" ("AgreementId", "Outlet")
                SELECT DISTINCT m."AgreementId", a."Outlet" FROM "Mentions" AS m JOIN "Articles" AS a ON a."Id" = m."ArticleId"
                WHERE m."AgreementId" IS NOT NULL AND m."State" <> 'Rejected' AND a."Outlet" IS NOT NULL
                """);

            // Hand-written: the timeline's words filter is lower("Title") LIKE '%…%', which only a trigram index on that
            // expression serves; EF Core cannot model an expression index.
            migrationBuilder.Sql("""CREATE INDEX "IX_Events_Title_Trigrams" ON "Events" USING gin (lower("Title") gin_trgm_ops);""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Events_Title_Trigrams";""");

            migrationBuilder.DropTable(
                name: "AgreementOutlets");

            migrationBuilder.DropTable(
                name: "EventOutlets");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ActorId_ArticleId_State",
                table: "Mentions");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ActorId_State",
                table: "Mentions",
                columns: new[] { "ActorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_AgreementId_State",
                table: "Mentions",
                columns: new[] { "ArticleId", "AgreementId", "State" },
                filter: "\"AgreementId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_EventId_State",
                table: "Mentions",
                columns: new[] { "ArticleId", "EventId", "State" },
                filter: "\"EventId\" IS NOT NULL");
        }
    }
}
