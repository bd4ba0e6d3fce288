using MaliRussiaTracker.Testing.Databases;
using MaliRussiaTracker.Testing.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Web.Tests.Startup;

public sealed class KeyStorageTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    [Fact]
    public async Task What_one_run_protects_the_next_run_can_read()
    {
        var settings = new Dictionary<string, string?> { ["Database:DataFolder"] = Path.Combine(database.DataFolder, "app") };
        string sealedText;
        await using (var first = new TrackerWebApplication(database, settings))
        {
            first.StartAndCreateClient().Dispose();
            sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("jeton");
        }

        await using var second = new TrackerWebApplication(database, settings);
        second.StartAndCreateClient().Dispose();

        Assert.Equal("jeton", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(database.DataFolder, "app", "keys"), "key-*.xml"));
    }
}
