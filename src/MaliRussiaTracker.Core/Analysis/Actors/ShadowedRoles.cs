namespace MaliRussiaTracker.Core.Analysis.Actors;

/// <summary>
/// Drops the mentions by role that do not stand for the known holder of the role: a title followed by the name
/// of someone else (« le ministre de la Défense et des Anciens combattants, le général X » in another country
/// that uses the same title) and a former holder (« l'ancien ministre russe de la Défense »).
/// </summary>
public static class ShadowedRoles
{
    private const int ApposedWithin = 60;

    /// <summary>The mentions without the role mentions another person's name or « ancien » takes over.</summary>
    public static List<TextMention> Drop(string content, List<TextMention> mentions, IReadOnlyList<Candidate> candidates)
    {
        if (!mentions.Exists(m => m.IsRole && m.ActorKind == Domain.ActorKind.Person))
            return mentions;
        var kept = new List<TextMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (!mention.IsRole || mention.ActorKind != Domain.ActorKind.Person || !(IsFormer(content, mention.Start) || NamesAnother(content, mention, mentions, candidates)))
                kept.Add(mention);
        }

        return kept;
    }

    private static bool IsFormer(string content, int start)
    {
        var before = content.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd();
        return before.EndsWith("ancien", StringComparison.OrdinalIgnoreCase) || before.EndsWith("ancienne", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("ex-", StringComparison.OrdinalIgnoreCase) || before.EndsWith("former", StringComparison.OrdinalIgnoreCase);
    }

    // « title, [le général] Name »: the name in apposition is who holds the title here.
    private static bool NamesAnother(string content, TextMention role, IReadOnlyList<TextMention> mentions, IReadOnlyList<Candidate> candidates)
    {
        var gap = content.AsSpan(role.End, Math.Min(ApposedWithin, content.Length - role.End));
        var comma = gap.TrimStart();
        if (comma.IsEmpty || comma[0] != ',')
            return false;
        foreach (var candidate in candidates)
        {
            if (candidate.Kind == "person" && candidate.Start > role.End && candidate.Start - role.End <= ApposedWithin && Clause(content, role.End, candidate.Start))
                return true;
        }

        foreach (var other in mentions)
        {
            if (other.Start > role.End && other.Start - role.End <= ApposedWithin && other.ActorKind == Domain.ActorKind.Person && !other.IsRole && Clause(content, role.End, other.Start))
                return other.Slug != role.Slug;
        }

        return false;
    }

    // Between title and name: one comma and title words, no verb clause (no second comma, no full stop).
    private static bool Clause(string content, int from, int to)
    {
        var between = content.AsSpan(from, to - from);
        return between.Count(',') == 1 && between.IndexOfAny('.', ';', '\n') < 0;
    }
}
