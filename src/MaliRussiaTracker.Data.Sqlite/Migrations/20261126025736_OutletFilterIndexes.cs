using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OutletFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet",
                table: "Articles");

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

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet_Id",
                table: "Articles",
                columns: new[] { "Outlet", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentions_ArticleId_AgreementId_State",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Mentions_ArticleId_EventId_State",
                table: "Mentions");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet_Id",
                table: "Articles");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet",
                table: "Articles",
                column: "Outlet");
        }
    }
}
