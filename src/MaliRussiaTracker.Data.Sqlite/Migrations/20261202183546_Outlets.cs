using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Outlets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Sources_Reprints",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Sources_SoleVoice",
                table: "Events",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Voices",
                table: "Events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "AgencyId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutletId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Voice",
                table: "Articles",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Reprints",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Sources_SoleVoice",
                table: "Agreements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Voices",
                table: "Agreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Outlets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: false),
                    Domains = table.Column<string>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerGroup = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerSource = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OwnerDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outlets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_AgencyId",
                table: "Articles",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_OutletId_Id",
                table: "Articles",
                columns: new[] { "OutletId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_OwnerGroup",
                table: "Outlets",
                column: "OwnerGroup");

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Slug",
                table: "Outlets",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Outlets");

            migrationBuilder.DropIndex(
                name: "IX_Articles_AgencyId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_OutletId_Id",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Sources_Reprints",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Sources_SoleVoice",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Sources_Voices",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "OutletId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Voice",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "Sources_Reprints",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Sources_SoleVoice",
                table: "Agreements");

            migrationBuilder.DropColumn(
                name: "Sources_Voices",
                table: "Agreements");
        }
    }
}
