using MaliRussiaTracker.Data.Identity;

namespace MaliRussiaTracker.Web.Components.Account;

/// <summary>Every sentence of the account pages, in one place so they move to the resource files together.</summary>
internal static class AccountText
{
    public const string SignInTitle = "Connexion";
    public const string UserName = "Nom d'utilisateur";
    public const string Password = "Mot de passe";
    public const string SignInButton = "Se connecter";
    public const string SignInHint = "Les comptes sont créés par un administrateur.";
    public const string WrongCredentials = "Nom d'utilisateur ou mot de passe incorrect.";
    public const string NotAllowed = "Ce compte ne peut pas se connecter pour le moment.";
    public const string UserNameRequired = "Indiquez votre nom d'utilisateur.";
    public const string PasswordRequired = "Indiquez votre mot de passe.";
    public const string AccessDeniedTitle = "Accès refusé";
    public const string AccessDenied = "Votre rôle ne donne pas accès à cette page.";
    public const string BackHome = "Retour à l'accueil";
    public const string SignOutButton = "Se déconnecter";
    public const string SignInLink = "Se connecter";

    // Said to everyone, before any attempt: telling only a locked account's would tell which names exist.
    public static string LockoutRule(int failures, TimeSpan duration) =>
        $"Après {failures} essais manqués de suite, un compte est verrouillé {Math.Ceiling(duration.TotalMinutes):0} minute(s).";

    public static string RoleName(string role) => role switch
    {
        TrackerRoles.Admin => "administrateur",
        TrackerRoles.Editor => "éditeur",
        TrackerRoles.Analyst => "analyste",
        _ => role,
    };
}
