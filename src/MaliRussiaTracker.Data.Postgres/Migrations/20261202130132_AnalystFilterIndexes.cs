using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AnalystFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_AgreementId",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_PlaceId",
                table: "Mentions");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_AgreementId_ArticleId_State",
                table: "Mentions",
                columns: new[] { "AgreementId", "ArticleId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_PlaceId_ArticleId_State",
                table: "Mentions",
                columns: new[] { "PlaceId", "ArticleId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Status_Date",
                table: "Events",
                columns: new[] { "Status", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_Status",
                table: "Agreements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Actors_Status_Kind_Name",
                table: "Actors",
                columns: new[] { "Status", "Kind", "Name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_AgreementId_ArticleId_State",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_PlaceId_ArticleId_State",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Events_Status_Date",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Agreements_Status",
                table: "Agreements");

            migrationBuilder.DropIndex(
                name: "IX_Actors_Status_Kind_Name",
                table: "Actors");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_AgreementId",
                table: "Mentions",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_PlaceId",
                table: "Mentions",
                column: "PlaceId");
        }
    }
}
