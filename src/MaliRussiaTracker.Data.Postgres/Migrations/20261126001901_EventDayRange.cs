using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MaliRussiaTracker.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class EventDayRange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Earliest",
                table: "Events",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "Latest",
                table: "Events",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "Earliest",
                table: "AgreementMilestones",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "Latest",
                table: "AgreementMilestones",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateIndex(
                name: "IX_Events_Earliest_Latest",
                table: "Events",
                columns: new[] { "Earliest", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_AgreementMilestones_Earliest_Latest",
                table: "AgreementMilestones",
                columns: new[] { "Earliest", "Latest" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Earliest_Latest",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_AgreementMilestones_Earliest_Latest",
                table: "AgreementMilestones");

            migrationBuilder.DropColumn(
                name: "Earliest",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Latest",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "Earliest",
                table: "AgreementMilestones");

            migrationBuilder.DropColumn(
                name: "Latest",
                table: "AgreementMilestones");
        }
    }
}
