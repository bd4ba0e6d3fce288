using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ArticleId",
                table: "AuditEntries",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelevanceDecidedBy",
                table: "Articles",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ArticleId_At",
                table: "AuditEntries",
                columns: new[] { "ArticleId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_ReceivedAt",
                table: "Articles",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Relevance_Published",
                table: "Articles",
                columns: new[] { "Relevance", "Published" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ArticleId_At",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Articles_ReceivedAt",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Relevance_Published",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "ArticleId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "RelevanceDecidedBy",
                table: "Articles");
        }
    }
}
