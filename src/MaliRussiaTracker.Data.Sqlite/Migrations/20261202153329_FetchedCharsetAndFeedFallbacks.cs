using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FetchedCharsetAndFeedFallbacks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeedAuthor",
                table: "PendingPages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FeedPublished",
                table: "PendingPages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedSummary",
                table: "PendingPages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Charset",
                table: "Articles",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CharsetLabelOverruled",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TextFromFeed",
                table: "Articles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeedAuthor",
                table: "PendingPages");

            migrationBuilder.DropColumn(
                name: "FeedPublished",
                table: "PendingPages");

            migrationBuilder.DropColumn(
                name: "FeedSummary",
                table: "PendingPages");

            migrationBuilder.DropColumn(
                name: "Charset",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CharsetLabelOverruled",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "TextFromFeed",
                table: "Articles");
        }
    }
}
