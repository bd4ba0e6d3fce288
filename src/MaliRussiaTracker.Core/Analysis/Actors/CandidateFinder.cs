using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// Proposes people and organisations the gazetteer does not know: a capitalised name after a title
/// (« le ministre russe de la Défense, Andreï Belooussov », « le général Abdoulaye Maïga »), and a name
/// spelled out before an unknown acronym (« Salon international de la défense (BAMEX) »).
/// </summary>
public static partial class CandidateFinder
{
    private const string NameWord = @"\p{Lu}[\p{Ll}\p{Lu}'-]*\p{Ll}[\p{Ll}'-]*";

    [GeneratedRegex(@"\b(?<title>(?:[Ll]e|[Ll]a|[Ll]')\s*(?:(?:vice-|[Vv]ice-)?(?:[Pp]remier\s+)?[Mm]inistre|[Pp]r[ée]sident(?:e)?|[Gg][ée]n[ée]ral|[Cc]olonel|[Cc]apitaine|[Cc]ommandant|[Ll]ieutenant|[Aa]mbassad(?:eur|rice)|[Pp]orte-parole|[Cc]hef|[Dd]irect(?:eur|rice)|[Ss]ecr[ée]taire|[Cc]onseill(?:er|ère)|[Dd][ée]put[ée]|[Ss][ée]nat(?:eur|rice)|[Mm]ar[ée]chal|[Gg]ouverneur|[Cc]hercheu(?:r|se)|[Aa]nalyste|[Ee]xpert(?:e)?|[Ss]p[ée]cialiste|[Pp]rofesseu(?:r|re)|[Jj]ournaliste|[Rr]esponsable|[Cc]oordinat(?:eur|rice)|[Ee]nvoy[ée](?:e)? spécial(?:e)?)(?:[^,.;:«»\n(]{0,80}?))\s*,?\s+(?<name>" + NameWord + @"(?:\s+(?:" + NameWord + @"|\p{Lu}\.)){1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitledName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]+(?:\s+[\p{L}'-]+){1,9})\s*\((?<acronym>\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\d -]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledAcronym();

    [GeneratedRegex(@"\b(?:ministre|president|presidente|general|colonel|capitaine|commandant|lieutenant|ambassadeur|ambassadrice|porte-parole|chef|directeur|directrice|secretaire|conseiller|conseillere|depute|senateur|senatrice|marechal|gouverneur|chercheur|chercheuse|analyste|experte?|specialiste|professeure?|journaliste|responsable|coordinateur|coordinatrice|envoyee? speciale?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    // « Ilaria Allegrozzi, chercheuse à HRW »: the name first, the title after a comma.
    [GeneratedRegex(@"(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,2}),\s+(?<title>(?:(?:le|la|l')\s*)?(?:vice-)?(?:ministre|président(?:e)?|général|colonel|capitaine|commandant|ambassad(?:eur|rice)|porte-parole|chef|direct(?:eur|rice)|secrétaire|conseill(?:er|ère)|député(?:e)?|chercheu(?:r|se)|analyste|expert(?:e)?|spécialiste|professeu(?:r|re)|journaliste|responsable|coordinat(?:eur|rice))\b[^,.;:«»\n(]{0,60})", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenTitle();

    /// <summary>Candidates in <paramref name="content"/> (with <paramref name="folded"/>, its folded form) that no known mention covers.</summary>
    public static List<Candidate> Find(string content, string folded, IReadOnlyList<TextMention> mentions)
    {
        var found = new List<Candidate>();
        // The full pattern runs only where a title word stands, found first with a cheap scan of the folded text.
        var searchedTo = 0;
        foreach (var title in TitleWord().EnumerateMatches(folded))
        {
            var from = Math.Max(searchedTo, title.Index - 4);
            if (from >= content.Length)
                break;
            var m = TitledName().Match(content, from, Math.Min(content.Length - from, 200));
            if (!m.Success || m.Index > title.Index)
                continue;
            searchedTo = m.Index + m.Length;
            var name = m.Groups["name"];
            if (Covered(mentions, name.Index, name.Index + name.Length))
                continue;
            if (!found.Exists(c => c.Name == name.Value))
                found.Add(new Candidate("person", name.Value, m.Groups["title"].Value.Trim(), name.Index, name.Index + name.Length));
        }

        foreach (Match m in NameThenTitle().Matches(content))
        {
            var name = m.Groups["name"];
            if (!Covered(mentions, name.Index, name.Index + name.Length) && !found.Exists(c => c.Name == name.Value))
                found.Add(new Candidate("person", name.Value, m.Groups["title"].Value.Trim(), name.Index, name.Index + name.Length));
        }

        for (var paren = content.IndexOf('(', StringComparison.Ordinal); paren >= 0; paren = content.IndexOf('(', paren + 1))
        {
            var from = Math.Max(0, paren - 120);
            var m = SpelledAcronym().Match(content, from, Math.Min(content.Length, paren + 30) - from);
            if (!m.Success)
                continue;
            var acronym = m.Groups["acronym"];
            if (Covered(mentions, acronym.Index, acronym.Index + acronym.Length) || Covered(mentions, m.Index, m.Index + m.Groups["name"].Length))
                continue;
            var name = acronym.Value.Trim();
            if (!found.Exists(c => c.Name == name))
                found.Add(new Candidate("organisation", name, m.Value, m.Index, m.Index + m.Length));
        }

        return found;
    }

    private static bool Covered(IReadOnlyList<TextMention> mentions, int start, int end) =>
        mentions.Any(m => m.Start < end && start < m.End);
}
