using MudBlazor;

namespace MaliRussiaTracker.Web.Components.Shared;

/// <summary>A question before a change that cannot be undone (a merge, a removal), naming what will happen.</summary>
internal static class Confirm
{
    /// <summary>True once the user chose <paramref name="yes"/>; closing the dialog or cancelling is no.</summary>
    public static async Task<bool> Async(IDialogService dialogs, string title, string message, string yes, string cancel) =>
        await dialogs.ShowMessageBoxAsync(new MessageBoxOptions { Title = title, Message = message, YesText = yes, CancelText = cancel }) == true;
}
