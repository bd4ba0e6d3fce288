using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ImportBatchResume : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FileHash",
                table: "ImportBatches",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileSize",
                table: "ImportBatches",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeartbeatAt",
                table: "ImportBatches",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LastPosition",
                table: "ImportBatches",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_FileHash_Status",
                table: "ImportBatches",
                columns: new[] { "FileHash", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportBatches_FileHash_Status",
                table: "ImportBatches");

            migrationBuilder.DropColumn(
                name: "FileHash",
                table: "ImportBatches");

            migrationBuilder.DropColumn(
                name: "FileSize",
                table: "ImportBatches");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "ImportBatches");

            migrationBuilder.DropColumn(
                name: "LastPosition",
                table: "ImportBatches");
        }
    }
}
