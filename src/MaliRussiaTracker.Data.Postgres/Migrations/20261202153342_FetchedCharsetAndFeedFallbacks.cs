using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
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
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FeedPublished",
                table: "PendingPages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedSummary",
                table: "PendingPages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Charset",
                table: "Articles",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CharsetLabelOverruled",
                table: "Articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TextFromFeed",
                table: "Articles",
                type: "boolean",
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
