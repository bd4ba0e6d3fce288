namespace MaliRussiaTracker.Testing.Web;

/// <summary>An account a test made in the app's database, with the password it was given.</summary>
public sealed record TestAccount(string UserName, string Password, string Role);
