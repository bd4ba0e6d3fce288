using System.Globalization;
using MaliRussiaTracker.Web.Resources;
using Microsoft.Extensions.Localization;

namespace MaliRussiaTracker.Web.Localization;

/// <summary>
/// A count in words: the resources hold <c>Key.One</c> and <c>Key.Other</c> in each language, and the language's rule
/// picks one (French says « 0 article », « 1 article », « 2 articles »; English « 0 articles », « 1 article »). The count
/// is <c>{0}</c>, written the page's way (« 1 086 », « 1,086 »); other values follow it.
/// </summary>
public static class PluralText
{
    // The CLDR cardinal rules of the two languages, for whole numbers.
    private static readonly Dictionary<string, Func<long, bool>> IsOne = new(StringComparer.Ordinal)
    {
        [TrackerLocalization.French] = n => n is 0 or 1,
        [TrackerLocalization.English] = n => n == 1,
    };

    public static string Plural(this IStringLocalizer<Strings> words, string key, long count, params object?[] more)
    {
        var culture = CultureInfo.CurrentUICulture;
        var one = IsOne.TryGetValue(culture.TwoLetterISOLanguageName, out var rule) ? rule(count) : count == 1;
        var text = words[$"{key}.{(one ? "One" : "Other")}"].Value;
        return string.Format(CultureInfo.CurrentCulture, text, [count.ToString("N0", CultureInfo.CurrentCulture), .. more]);
    }
}
