using Microsoft.Playwright;

namespace MaliRussiaTracker.EndToEnd.Tests.Browser;

/// <summary>
/// Where the run's screenshots go: <c>MRT_SCREENSHOTS</c> (build/test.sh sets it and prints it), else
/// TestResults/screenshots beside the test assembly. Both are outside what git tracks.
/// </summary>
public static class Screenshots
{
    public const string FolderVariable = "MRT_SCREENSHOTS";

    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        // Finished animations, not a frame of them: a snackbar mid-fade or a field's label mid-flight reads as a broken page.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
