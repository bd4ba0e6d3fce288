using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BrowsingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Articles_Outlet",
                table: "Articles",
                column: "Outlet");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Published_OwnDay_IsRelevant",
                table: "Articles",
                columns: new[] { "Published", "OwnDay", "IsRelevant" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_Outlet",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_Published_OwnDay_IsRelevant",
                table: "Articles");
        }
    }
}
