using MudBlazor;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>
/// What became of a change, said the same way on every page: a snackbar, green with what was done, red with why it
/// was refused. A refusal is the service's own exception (<typeparamref name="TRefused"/> below), with words for the
/// user; any other exception is a bug, and goes on to the layout's error boundary.
/// </summary>
internal static class PageFeedback
{
    /// <summary>Runs <paramref name="change"/>; says its message (none: nothing to say, e.g. it navigates away) or its refusal.</summary>
    public static async Task<bool> SaveAsync<TRefused>(this ISnackbar snackbar, Func<Task<string?>> change) where TRefused : Exception
    {
        try
        {
            snackbar.Done(await change());
            return true;
        }
        catch (TRefused refused)
        {
            snackbar.Refused(refused.Message);
            return false;
        }
    }

    public static void Done(this ISnackbar snackbar, string? message)
    {
        if (message is not null)
            snackbar.Add(message, Severity.Success);
    }

    public static void Refused(this ISnackbar snackbar, string message) => snackbar.Add(message, Severity.Error);
}
