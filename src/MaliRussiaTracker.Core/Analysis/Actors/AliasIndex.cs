using MaliRussiaTracker.Core.Analysis.Normalisation;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>What an alias names: an actor or a place.</summary>
public enum AliasTarget
{
    Actor,
    Place,
}

/// <summary>One name or role of an actor or place, folded for matching.</summary>
/// <param name="RequiresCapital">
/// A name written with a capital (« Forces armées maliennes ») only names the entity where the text capitalises
/// it too; in lower case the same words are a description (« les forces armées maliennes »).
/// </param>
/// <param name="IsAcronym">
/// A name in capitals only (« UN », « AES ») names the entity only in the same capitals: « Un » opening a French
/// sentence is an article, « eu » a verb.
/// </param>
public sealed record AliasEntry(string Slug, AliasTarget Target, bool IsRole, bool RequiresCapital, ActorKind? ActorKind, bool IsAcronym = false);

/// <summary>
/// A trie over every folded alias. Scanning folded text once, from each word start, finds the longest alias
/// there: the cost grows with the text, not with the number of aliases.
/// </summary>
public sealed class AliasIndex
{
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<AliasEntry?> _terminals = [null];

    private AliasIndex()
    {
    }

    internal static AliasIndex Build(IReadOnlyList<WorldActor> actors, IReadOnlyList<WorldPlace> places)
    {
        var index = new AliasIndex();
        foreach (var actor in actors)
        {
            foreach (var name in actor.AliasList.Prepend(actor.Name))
                index.Add(name, new AliasEntry(actor.Slug, AliasTarget.Actor, false, StartsUpper(name), actor.Kind, IsAcronym(name)));
            foreach (var role in actor.RoleList)
                index.Add(role, new AliasEntry(actor.Slug, AliasTarget.Actor, true, false, actor.Kind));
        }

        foreach (var place in places)
        {
            foreach (var name in place.AliasList.Prepend(place.Name))
                index.Add(name, new AliasEntry(place.Slug, AliasTarget.Place, false, StartsUpper(name), null, IsAcronym(name)));
        }

        return index;
    }

    /// <summary>The key an alias is stored under: folded, hyphens and runs of spaces as one space.</summary>
    public static string Key(string alias)
    {
        var folded = FoldedText.Fold(alias.Trim());
        var chars = new List<char>(folded.Length);
        foreach (var c in folded)
        {
            var k = Canonical(c);
            if (k == ' ' && (chars.Count == 0 || chars[^1] == ' '))
                continue;
            chars.Add(k);
        }

        return new string([.. chars]).TrimEnd();
    }

    /// <summary>
    /// The longest alias starting at <paramref name="start"/> of the folded text, its end, or null.
    /// </summary>
    public AliasEntry? LongestAt(string folded, int start, out int end)
    {
        end = start;
        AliasEntry? found = null;
        var node = 0;
        var previous = '\0';
        for (var i = start; i < folded.Length; i++)
        {
            var c = Canonical(folded[i]);
            if (c == ' ' && previous == ' ')
                continue;
            if (!_edges.TryGetValue(((long)node << 16) | c, out node))
                break;
            previous = c;
            if (_terminals[node] is { } entry && (i + 1 == folded.Length || !FoldedText.IsWordChar(folded[i + 1])))
            {
                found = entry;
                end = i + 1;
            }
        }

        return found;
    }

    private void Add(string alias, AliasEntry entry)
    {
        var key = Key(alias);
        if (key.Length == 0)
            return;
        var node = 0;
        foreach (var c in key)
        {
            var edge = ((long)node << 16) | c;
            if (!_edges.TryGetValue(edge, out var next))
            {
                next = _terminals.Count;
                _terminals.Add(null);
                _edges[edge] = next;
            }

            node = next;
        }

        // The first entry wins: an actor's own name is added before another's role of the same words. The
        // same words given twice for one entry (« Ministère… », « ministère… ») need no capital.
        var existing = _terminals[node];
        if (existing is null)
            _terminals[node] = entry;
        else if (existing.Slug == entry.Slug && ((existing.RequiresCapital && !entry.RequiresCapital) || (existing.IsAcronym && !entry.IsAcronym)))
            _terminals[node] = existing with { RequiresCapital = existing.RequiresCapital && entry.RequiresCapital, IsAcronym = false };
    }

    private static char Canonical(char c) => c is '-' or '\n' or ' ' or '\u2013' ? ' ' : c;

    private static bool StartsUpper(string name) => name.Length > 0 && char.IsUpper(name[0]);

    private static bool IsAcronym(string name) => name.Length > 1 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
