using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Sources_SoleVoice",
                table: "Events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Voices",
                table: "Events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "AgencyId",
                table: "Articles",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutletId",
                table: "Articles",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Voice",
                table: "Articles",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Reprints",
                table: "Agreements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Sources_SoleVoice",
                table: "Agreements",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sources_Voices",
                table: "Agreements",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Outlets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Variants = table.Column<List<string>>(type: "text[]", nullable: false),
                    Domains = table.Column<List<string>>(type: "text[]", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerSource = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OwnerDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
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
