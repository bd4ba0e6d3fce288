using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnalysisFindings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SpeakerName",
                table: "Quotes",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Articles",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Outlets",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Stories",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "Articles",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OwnDay",
                table: "Articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Articles",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Outlets",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Stories",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_OwnDay",
                table: "Articles",
                column: "OwnDay");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Articles_OwnDay",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "SpeakerName",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "Sources_Articles",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Sources_Outlets",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Sources_Stories",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "OwnDay",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Sources_Articles",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Sources_Outlets",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Sources_Stories",
                table: "Agreements");
        }
    }
}
