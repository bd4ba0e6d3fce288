using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "WholeText");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchCoverage",
                table: "Articles");
        }
    }
}
