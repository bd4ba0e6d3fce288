using MaliRussiaTracker.Data.Postgres;
using MaliRussiaTracker.Data.Queries;
using MaliRussiaTracker.Data.Setup;
using MaliRussiaTracker.Data.Sqlite;
using MaliRussiaTracker.Ingestion;
using MaliRussiaTracker.Web.Api;
using MaliRussiaTracker.Web.Components;
using MaliRussiaTracker.Web.Components.Shared.Loading;
using MaliRussiaTracker.Web.Health;
using MaliRussiaTracker.Web.Localization;
using MaliRussiaTracker.Web.Logging;
using MaliRussiaTracker.Web.Security;
using MaliRussiaTracker.Web.Startup;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

builder.AddTrackerLogging();
builder.Services.AddTrackerData(builder.Configuration, new SqliteDatabaseProvider(), new PostgresDatabaseProvider());
builder.Services.AddBrowsingQueries();
builder.Services.AddIngestion(builder.Configuration);
// Hosted services start in order: the schema is current before the worker claims anything.
builder.Services.AddDatabaseStartup();
builder.Services.AddKeyStorage(builder.Configuration);
// After the database's start: the first admin from configuration needs the schema and the roles.
builder.Services.AddTrackerSecurity(builder.Configuration);
builder.Services.AddProxyTrust(builder.Configuration);
builder.Services.AddIngestionWorker(builder.Configuration);
// A page's first results travel into its live circuit in the circuit's first message (LoadedPage): a timeline's
// page, chart and filter choices pass SignalR's 32 KB default; LoadedPage keeps what it carries under its own budget.
builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddHubOptions(hub => hub.MaximumReceiveMessageSize = LoadedPage.MaxCircuitMessage);
builder.Services.AddMudServices();
builder.Services.AddTrackerApi();
builder.Services.AddTrackerLocalization();

var app = builder.Build();

app.UseProxyTrust();
if (!app.Environment.IsDevelopment())
    app.UseHsts();

app.UseTrackerErrorAnswers();
app.UseTrackerRequestLogging();
app.UseTrackerSecurityHeaders();
app.UseTrackerRequestGuards();
app.UseRateLimiter();
app.UseCookiePolicy();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapTrackerHealth();
app.MapTrackerApi();
app.MapAccountEndpoints();
app.MapCultureSwitch();
app.MapStaticAssets().AllowAnonymous();
// frame-ancestors is in the policy every answer carries (UseTrackerSecurityHeaders), not in a second header of Blazor's.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null).AllowAnonymousLiveConnection();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
