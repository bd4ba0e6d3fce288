using System.Net;
using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Testing.Web;

/// <summary>
/// The sign-in page's form as a browser fills it. Fields: <c>Input.UserName</c> (id <c>username</c>),
/// <c>Input.Password</c> (id <c>password</c>), the submit button (id <c>signin</c>), plus the hidden
/// <c>__RequestVerificationToken</c> and <c>_handler=signin</c> the page renders. A browser test fills
/// <c>#username</c> and <c>#password</c> on <c>/account/signin</c> and clicks <c>#signin</c>.
/// </summary>
public static partial class SignInForm
{
    public const string Path = "/account/signin";
    public const string UserNameField = "Input.UserName";
    public const string PasswordField = "Input.Password";

    /// <summary>Opens the form (with <paramref name="returnUrl"/>) and posts it back with the page's own hidden fields.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var address = returnUrl is null ? Path : $"{Path}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await client.GetStringAsync(address);
        var fields = HiddenInput().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields[UserNameField] = userName;
        fields[PasswordField] = password;
        return await client.PostAsync(address, new FormUrlEncodedContent(fields));
    }

    /// <summary>The error the page shows after a refused attempt, or null.</summary>
    public static string? ErrorShown(string html) =>
        ErrorAlert().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["text"].Value) : null;

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("data-testid=\"signin-error\"[^>]*>(?<text>[^<]*)<")]
    private static partial Regex ErrorAlert();
}
