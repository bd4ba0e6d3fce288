using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Analysis.Places;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>Finds the known actors and places a text names, by name or by role.</summary>
public static class MentionFinder
{
    /// <summary>
    /// Every mention in <paramref name="text"/>, in order, without overlaps (the longest alias wins), with
    /// capitals read as governments or places.
    /// </summary>
    public static List<TextMention> Find(FoldedText text, KnownWorld world)
    {
        var folded = text.Folded;
        var original = text.Original;
        var mentions = new List<TextMention>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!FoldedText.IsWordChar(folded[i]) || (i > 0 && FoldedText.IsWordChar(folded[i - 1])))
            {
                i++;
                continue;
            }

            var entry = world.Aliases.LongestAt(folded, i, out var end);
            if (entry is not null && Accepts(entry, original, i, end) && !AnotherPersonsSurname(entry, original, folded, i, end, mentions, world))
            {
                mentions.Add(CapitalReading.Read(new TextMention(i, end, entry.Slug, entry.Target, entry.IsRole, entry.ActorKind), text, world));
                i = end;
                continue;
            }

            while (i < folded.Length && FoldedText.IsWordChar(folded[i]))
                i++;
        }

        return mentions;
    }

    // Words that stand before a surname without being a given name.
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "général", "general", "colonel", "capitaine", "commandant", "lieutenant", "président", "president", "ministre",
        "minister", "monsieur", "madame", "mme", "mr", "mrs", "ms", "dr", "docteur", "maître", "professeur", "le", "la",
        "les", "du", "de", "des", "et", "and", "the", "selon", "pour", "par", "avec", "chez", "camarade", "frère",
        "ambassadeur", "sergent", "maréchal", "premier", "vice", "m", "leader", "captain", "prime", "defence", "defense",
    };

    // « Oumar Traoré » is not Ibrahim Traoré: a surname alone is the known person unless a given name the
    // gazetteer does not know for them stands before it (a capitalised word inside the sentence, not a title).
    private static bool AnotherPersonsSurname(AliasEntry entry, string original, string folded, int start, int end, List<TextMention> mentions, KnownWorld world)
    {
        if (entry.ActorKind != Domain.ActorKind.Person || entry.IsRole || original.AsSpan(start, end - start).Contains(' '))
            return false;
        var wordEnd = start;
        while (wordEnd > 0 && original[wordEnd - 1] == ' ')
            wordEnd--;
        if (wordEnd == start || wordEnd == 0 || (mentions.Count > 0 && mentions[^1].End >= wordEnd))
            return false;
        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(original[wordStart - 1]) || original[wordStart - 1] == '-'))
            wordStart--;
        if (wordEnd - wordStart < 3 || !char.IsUpper(original[wordStart]) || !char.IsLower(original[wordEnd - 1]))
            return false;
        var previous = original.AsSpan(0, wordStart).TrimEnd();
        if (previous.IsEmpty || previous[^1] is '.' or '\n' or '«' or '“' or '"' or '!' or '?' or ':')
            return false;
        return !Honorifics.Contains(original[wordStart..wordEnd]) && !IsGivenNameOf(world, entry.Slug, folded.AsSpan(wordStart, wordEnd - wordStart));
    }

    private const int GivenNameStem = 4;

    // « Iounous-Bek Ievkourov » is still Evkourov: a given name spelled like one of the person's known ones
    // (Sergueï, Serguei, Sergei share their first letters) keeps the surname theirs.
    private static bool IsGivenNameOf(KnownWorld world, string slug, ReadOnlySpan<char> word)
    {
        if (!world.Actors.TryGetValue(slug, out var actor))
            return false;
        var stem = word[..Math.Min(word.Length, GivenNameStem)];
        foreach (var name in actor.AliasList.Prepend(actor.Name))
        {
            var space = name.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && FoldedText.Fold(name[..space]).AsSpan().StartsWith(stem, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static bool HasLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return true;
        }

        return false;
    }

    private static bool Accepts(AliasEntry entry, string original, int start, int end)
    {
        if (entry.RequiresCapital && !char.IsUpper(original[start]))
            return false;
        if (entry.IsAcronym && HasLowerCase(original.AsSpan(start, Math.Min(end, original.Length) - start)))
            return false;
        // « vice-ministre de la Défense » is not « ministre de la Défense »: a role glued to a prefix is another role.
        return !entry.IsRole || start == 0 || original[start - 1] != '-';
    }
}
