using System.Text.RegularExpressions;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// Proposes people and organisations the gazetteer does not know: a capitalised name after a title
/// (« le ministre russe de la Défense, Andreï Belooussov », « le général Abdoulaye Maïga »), and a name
/// spelled out before an unknown acronym (« Salon international de la défense (BAMEX) »).
/// </summary>
public static partial class CandidateFinder
{
    private const int NameBeforeTitle = 70;
    private const int TitleLength = 90;

    private const string NameWord = @"\p{Lu}[\p{Ll}\p{Lu}'-]*\p{Ll}[\p{Ll}'-]*";

    [GeneratedRegex(@"\b(?<title>(?:[Ll]e|[Ll]a|[Ll]'|[Dd]u|[Aa]u|[Dd]e la|[Dd]e l')\s*(?:(?:nouvel|nouveau|nouvelle|ancien|ancienne|actuel|actuelle)\s+)?(?:(?:vice-|[Vv]ice-)?(?:[Pp]remier\s+)?[Mm]inistre|[Pp]r[ée]sident(?:e)?|[Gg][ée]n[ée]ral|[Cc]olonel|[Cc]apitaine|[Cc]ommandant|[Ll]ieutenant|[Aa]mbassad(?:eur|rice)|[Pp]orte-parole|[Cc]hef|[Dd]irect(?:eur|rice)|[Ss]ecr[ée]taire|[Cc]onseill(?:er|ère)|[Dd][ée]put[ée]|[Ss][ée]nat(?:eur|rice)|[Mm]ar[ée]chal|[Gg]ouverneur|[Cc]hercheu(?:r|se)|[Aa]nalyste|[Ee]xpert(?:e)?|[Ss]p[ée]cialiste|[Pp]rofesseu(?:r|re)|[Jj]ournaliste|[Rr]esponsable|[Cc]oordinat(?:eur|rice)|[Ee]nvoy[ée](?:e)? spécial(?:e)?)(?:[^,.;:«»\n(]{0,80}?))\s*,?\s+(?:(?:M\.|Mme|Mgr)\s+)?(?<name>" + NameWord + @"(?:\s+(?:" + NameWord + @"|\p{Lu}\.)){1,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitledName();

    // « l'ambassadeur de Russie au Burkina Faso, Alexeï Saltykov »: the title's own words end on a known name;
    // the person follows it after a comma.
    [GeneratedRegex(@"\G\s*,\s+(?:(?:M\.|Mme)\s+)?(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfterComma();

    // English wire copy puts the title bare before the name: « said Defence Minister General Salifou Mody ».
    [GeneratedRegex(@"\b(?<title>(?:(?:Defen[cs]e|Foreign|Prime|Interior|Deputy)\s+)?(?:Minister|General|President|Ambassador|Colonel|Captain|[Ss]pokes(?:man|woman|person)|[Ll]eader))\s+(?:(?:General|Colonel|Captain|Mr\.|Ms\.)\s+)?(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishTitledName();

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'-]+(?:\s+[\p{L}'-]+){1,9})\s*\((?<acronym>\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}\d -]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledAcronym();

    [GeneratedRegex(@"\b(?:ministre|minister|chairman|chairwoman|spokesman|spokeswoman|spokesperson|ambassador|president|presidente|general|colonel|capitaine|commandant|lieutenant|ambassadeur|ambassadrice|porte-parole|chef|directeur|directrice|secretaire|conseiller|conseillere|depute|senateur|senatrice|marechal|gouverneur|chercheur|chercheuse|analyste|experte?|specialiste|professeure?|journaliste|responsable|coordinateur|coordinatrice|envoyee? speciale?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TitleWord();

    // « Ilaria Allegrozzi, chercheuse à HRW »: the name first, the title after a comma.
    [GeneratedRegex(@"(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,2}),\s+(?<title>(?:(?:le|la|l'|the)\s*)?(?:vice-)?(?:ministre|minister|pr[ée]sident(?:e)?|chairman|chairwoman|spokes(?:man|woman|person)|ambassador|général|colonel|capitaine|commandant|ambassad(?:eur|rice)|porte-parole|chef|direct(?:eur|rice)|secrétaire|conseill(?:er|ère)|député(?:e)?|chercheu(?:r|se)|analyste|expert(?:e)?|spécialiste|professeu(?:r|re)|journaliste|responsable|coordinat(?:eur|rice))\b[^,.;:«»\n(]{0,60})", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenTitle();

    // « l'agence russe Rosatom », « le groupe Wagner », « l'ONG Human Rights Watch »: a kind of body, then its name.
    [GeneratedRegex(@"\b(?<kind>[Ll]'agence|[Ll]a société|[Ll]e groupe|[Ll]'entreprise|[Ll]a compagnie|[Ll]'ONG|[Ll]'organisation|[Ll]e mouvement|[Ll]a coalition|[Ll]a milice|[Ll]e conglomérat)(?:\s+[\p{Ll}-]+){0,2}\s+(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex NamedBody();

    /// <summary>Candidates in <paramref name="content"/> (with <paramref name="folded"/>, its folded form) that no known mention covers.</summary>
    public static List<Candidate> Find(string content, string folded, IReadOnlyList<TextMention> mentions)
    {
        var found = new List<Candidate>();
        // The full pattern runs only where a title word stands, found first with a cheap scan of the folded text.
        var searchedTo = 0;
        foreach (var title in TitleWord().EnumerateMatches(folded))
        {
            AddNameBefore(content, title.Index, mentions, found);
            // Back far enough for the article and a qualifier before the title word (« du Premier ministre »).
            var from = Math.Max(searchedTo, title.Index - 16);
            if (from >= content.Length)
                break;
            if (!UnknownNameAhead(content, title.Index, mentions))
                continue;
            var m = TitledName().Match(content, from, Math.Min(content.Length - from, 200));
            if (!m.Success || m.Index > title.Index)
                continue;
            searchedTo = m.Index + m.Length;
            var name = m.Groups["name"];
            if (Covered(mentions, name.Index, name.Index + name.Length))
            {
                var apposed = NameAfterComma().Match(content, name.Index + name.Length);
                if (apposed.Success && !Covered(mentions, apposed.Index, apposed.Index + apposed.Length) && !found.Exists(c => c.Name == apposed.Groups["name"].Value))
                {
                    var person = apposed.Groups["name"];
                    found.Add(new Candidate("person", person.Value, content[m.Groups["title"].Index..name.Index].Trim() + " " + name.Value, person.Index, person.Index + person.Length));
                    searchedTo = apposed.Index + apposed.Length;
                }

                continue;
            }

            var (nameStart, nameValue) = WithoutPortfolio(name.Index, name.Value);
            if (!found.Exists(c => c.Name == nameValue))
                found.Add(new Candidate("person", nameValue, m.Groups["title"].Value.Trim(), nameStart, name.Index + name.Length));
        }

        // English titles are looked for in English text only: the pattern is costly to run over every French article.
        var english = content.AsSpan().IndexOfAny(EnglishTitles) >= 0 ? EnglishTitledName().Matches(content) : null;
        foreach (Match m in english ?? (IEnumerable<Match>)[])
        {
            var name = m.Groups["name"];
            if (!Covered(mentions, name.Index, name.Index + name.Length) && !found.Exists(c => c.Name == name.Value))
                found.Add(new Candidate("person", name.Value, m.Groups["title"].Value, name.Index, name.Index + name.Length));
        }

        foreach (Match m in NamedBody().Matches(content))
        {
            var name = m.Groups["name"];
            if (!Covered(mentions, name.Index, name.Index + name.Length) && !found.Exists(c => c.Name == name.Value))
                found.Add(new Candidate("organisation", name.Value, m.Value, name.Index, name.Index + name.Length));
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

    // « Ilaria Allegrozzi, chercheuse à HRW »: looked for just before a title word, not over the whole text.
    private static void AddNameBefore(string content, int title, IReadOnlyList<TextMention> mentions, List<Candidate> found)
    {
        // The name stands before a comma just before the title (« X, chercheuse », « X, la porte-parole »).
        if (title < 2 || content.AsSpan(Math.Max(0, title - 6), Math.Min(6, title)).IndexOf(',') < 0)
            return;
        var from = Math.Max(0, title - NameBeforeTitle);
        var length = Math.Min(content.Length - from, title - from + TitleLength);
        for (var m = NameThenTitle().Match(content, from, length); m.Success; m = m.NextMatch())
        {
            var titleGroup = m.Groups["title"];
            if (titleGroup.Index < title - 4 || titleGroup.Index > title)
                continue;
            var name = m.Groups["name"];
            var (start, value) = WithoutCommonWords(content, name.Index, name.Value);
            if (!Covered(mentions, start, name.Index + name.Length) && !found.Exists(c => c.Name == value))
                found.Add(new Candidate("person", value, titleGroup.Value.Trim(), start, name.Index + name.Length));
            return;
        }
    }

    // The full pattern is costly; most titles are followed by a known name or none: look for two capitalised
    // words in a row, outside known mentions, before the clause ends.
    private static bool UnknownNameAhead(string content, int from, IReadOnlyList<TextMention> mentions)
    {
        var end = Math.Min(content.Length, from + TitleLength + 40);
        var previousCapitalEnd = -2;
        var i = from;
        // The stop after an initial (« M. », « A. ») does not end the clause.
        while (i < end && content[i] is not ('\n' or '«' or ';') && !(content[i] == '.' && !(i >= 1 && char.IsUpper(content[i - 1]) && (i < 2 || !char.IsLetter(content[i - 2])))))
        {
            if (!char.IsLetter(content[i]) || (i > 0 && char.IsLetter(content[i - 1])))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < content.Length && (char.IsLetter(content[i]) || content[i] is '-' or '\''))
                i++;
            if (!char.IsUpper(content[start]) || Covered(mentions, start, i))
                continue;
            if (previousCapitalEnd >= 0 && content.AsSpan(previousCapitalEnd, start - previousCapitalEnd).IsWhiteSpace())
                return true;
            previousCapitalEnd = i;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> EnglishTitles = System.Buffers.SearchValues.Create(
        ["Minister", "General", "President", "Ambassador", "Colonel", "Captain", "spokes", "Spokes", "leader", "Leader"], StringComparison.Ordinal);

    private static readonly HashSet<string> Portfolios = new(StringComparer.Ordinal)
    {
        "Défense", "Affaires", "Étrangères", "Intérieur", "Justice", "Sécurité", "Transition", "République", "État",
        "Économie", "Finances", "Armées", "Communication", "Santé", "Éducation", "Énergie", "Mines",
    };

    // « le ministre malien de la Défense Modibo Sangaré »: with no comma, the portfolio's capital runs into the name.
    private static (int Start, string Name) WithoutPortfolio(int start, string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        while (space > 0 && Portfolios.Contains(name[..space]) && name.IndexOf(' ', space + 1) > 0)
        {
            start += space + 1;
            name = name[(space + 1)..];
            space = name.IndexOf(' ', StringComparison.Ordinal);
        }

        return (start, name);
    }

    // « Article Politique Igor Gromyko, ambassadeur »: a page's section label runs into the name; a leading word the
    // text also writes in lower case (« la politique ») is a common word, not a given name. Two words stay at least.
    private static (int Start, string Name) WithoutCommonWords(string content, int start, string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        while (space > 0 && name.IndexOf(' ', space + 1) > 0 && WrittenInLowerCase(content, name[..space]))
        {
            start += space + 1;
            name = name[(space + 1)..];
            space = name.IndexOf(' ', StringComparison.Ordinal);
        }

        return (start, name);
    }

    // The word, or its plural (« politiques » for « Politique »): a common noun shows in either form.
    private static bool WrittenInLowerCase(string content, string word)
    {
        var lower = char.ToLowerInvariant(word[0]) + word[1..];
        for (var at = content.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = content.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if (end < content.Length && content[end] is 's' or 'x')
                end++;
            if ((at == 0 || !char.IsLetter(content[at - 1])) && (end == content.Length || !char.IsLetter(content[end])))
                return true;
        }

        return false;
    }

    private static bool Covered(IReadOnlyList<TextMention> mentions, int start, int end) =>
        mentions.Any(m => m.Start < end && start < m.End);
}
