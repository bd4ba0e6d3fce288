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
            if (entry is not null && Accepts(entry, original, i))
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

    private static bool Accepts(AliasEntry entry, string original, int start)
    {
        if (entry.RequiresCapital && !char.IsUpper(original[start]))
            return false;
        // « vice-ministre de la Défense » is not « ministre de la Défense »: a role glued to a prefix is another role.
        return !entry.IsRole || start == 0 || original[start - 1] != '-';
    }
}
