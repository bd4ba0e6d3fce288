using System.Resources;

[assembly: NeutralResourcesLanguage("fr")]

namespace MaliRussiaTracker.Web.Resources;

/// <summary>
/// The interface's words: <c>Strings.resx</c> holds the French (the neutral language, shown by default),
/// <c>Strings.en.resx</c> the English. Components read them through <c>IStringLocalizer&lt;Strings&gt;</c>.
/// </summary>
public sealed class Strings;
