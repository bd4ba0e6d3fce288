using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Furniture;

/// <summary>The article once its site furniture is set aside.</summary>
/// <param name="Content">The normalised text with furniture blanked out (same length, so offsets still hold).</param>
/// <param name="Blocks">The furniture, in order.</param>
/// <param name="FoldedContent">The content, folded: blanked like the content, so the text is folded only once.</param>
public sealed record SplitText(string Content, IReadOnlyList<FurnitureBlock> Blocks, FoldedText FoldedContent);

/// <summary>
/// Finds site furniture by the lines that open it. Teaser lists and an author's other articles come at a
/// page's end and run to it, with their own dates and names that are not the article's; notices, editor
/// lines and share buttons are single lines anywhere.
/// </summary>
public static class FurnitureSplitter
{
    // A list of teasers that opens in the first part of a page is an inline link, not the page's tail.
    private const double TailStartsAfter = 0.4;
    private const double TailSurelyAfter = 0.75;
    private const int MarkerOnlyLength = 20;

    private static readonly (string Prefix, string Kind)[] TailOpeners =
    [
        ("lire aussi", FurnitureKinds.RelatedArticles),
        ("a lire aussi", FurnitureKinds.RelatedArticles),
        ("lire egalement", FurnitureKinds.RelatedArticles),
        ("a lire egalement", FurnitureKinds.RelatedArticles),
        ("voir aussi", FurnitureKinds.RelatedArticles),
        ("a voir aussi", FurnitureKinds.RelatedArticles),
        ("sur le meme sujet", FurnitureKinds.RelatedArticles),
        ("articles similaires", FurnitureKinds.RelatedArticles),
        ("articles lies", FurnitureKinds.RelatedArticles),
        ("dans la meme rubrique", FurnitureKinds.RelatedArticles),
        ("read also", FurnitureKinds.RelatedArticles),
        ("read more", FurnitureKinds.RelatedArticles),
        ("related articles", FurnitureKinds.RelatedArticles),
        ("vous aimerez aussi", FurnitureKinds.RelatedArticles),
        ("vous aimerez peut-etre aussi", FurnitureKinds.RelatedArticles),
        ("vous pourriez aussi aimer", FurnitureKinds.RelatedArticles),
        ("nos derniers articles", FurnitureKinds.RelatedArticles),
        ("derniers articles", FurnitureKinds.RelatedArticles),
        ("articles recents", FurnitureKinds.RelatedArticles),
        ("les plus lus", FurnitureKinds.RelatedArticles),
        ("les articles les plus lus", FurnitureKinds.RelatedArticles),
        ("laisser un commentaire", FurnitureKinds.Comments),
        ("laissez un commentaire", FurnitureKinds.Comments),
        ("ajouter un commentaire", FurnitureKinds.Comments),
        ("commentaires", FurnitureKinds.Comments),
        ("reagissez", FurnitureKinds.Comments),
        ("les articles de l'auteur", FurnitureKinds.AuthorArticles),
        ("articles de l'auteur", FurnitureKinds.AuthorArticles),
        ("du meme auteur", FurnitureKinds.AuthorArticles),
        ("autres articles de", FurnitureKinds.AuthorArticles),
        ("plus d'articles de", FurnitureKinds.AuthorArticles),
        ("more from this author", FurnitureKinds.AuthorArticles),
    ];

    private static readonly (string Prefix, string Kind)[] LineOpeners =
    [
        ("abonnez-vous", FurnitureKinds.Subscription),
        ("abonnez vous", FurnitureKinds.Subscription),
        ("s'abonner", FurnitureKinds.Subscription),
        ("deja abonne", FurnitureKinds.Subscription),
        ("pour lire la suite", FurnitureKinds.Subscription),
        ("inscrivez-vous a notre newsletter", FurnitureKinds.Subscription),
        ("subscribe", FurnitureKinds.Subscription),
        ("avez-vous trouve une erreur", FurnitureKinds.ErrorReport),
        ("vous avez trouve une erreur", FurnitureKinds.ErrorReport),
        ("signaler une erreur", FurnitureKinds.ErrorReport),
        ("signalez une erreur", FurnitureKinds.ErrorReport),
        ("nous etudierons vos commentaires", FurnitureKinds.ErrorReport),
        ("edite par", FurnitureKinds.EditorLine),
        ("edition :", FurnitureKinds.EditorLine),
        ("edited by", FurnitureKinds.EditorLine),
        ("partager", FurnitureKinds.Sharing),
        ("partagez", FurnitureKinds.Sharing),
        ("suivez-nous", FurnitureKinds.Sharing),
        ("share this", FurnitureKinds.Sharing),
        ("tous droits reserves", FurnitureKinds.Copyright),
        ("(c) ", FurnitureKinds.Copyright),
        ("©", FurnitureKinds.Copyright),
        ("credit photo", FurnitureKinds.Copyright),
        ("tags :", FurnitureKinds.Tags),
        ("tags:", FurnitureKinds.Tags),
        ("mots-cles", FurnitureKinds.Tags),
        ("mots cles", FurnitureKinds.Tags),
        ("publicite", FurnitureKinds.Advertising),
        ("recevez notre newsletter", FurnitureKinds.Subscription),
        ("inscrivez-vous", FurnitureKinds.Subscription),
    ];

    // Lines that are a button or a label and nothing more: a share link, « Imprimer ».
    private static readonly HashSet<string> ButtonLines = new(StringComparer.Ordinal)
    {
        "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "email", "e-mail", "imprimer", "tweet", "tweeter",
        "envoyer", "envoyer par e-mail", "copier le lien", "partager", "partager :", "newsletter", "publicite",
    };

    private static readonly (string Fragment, string Kind)[] LineFragments =
    [
        ("reserve aux abonnes", FurnitureKinds.Subscription),
        ("reservee aux abonnes", FurnitureKinds.Subscription),
        ("tous droits reserves", FurnitureKinds.Copyright),
    ];

    /// <summary>Sets the furniture of <paramref name="text"/> (normalised) aside.</summary>
    public static SplitText Split(FoldedText text)
    {
        var folded = text.Folded;
        var lines = Lines(folded);
        var tail = TailStart(lines, folded.Length);
        var blocks = new List<FurnitureBlock>();

        for (var i = 0; i < tail; i++)
        {
            var line = lines[i];
            if ((line.Opener ?? line.Kind) is not { } kind)
                continue;
            var end = line.End;
            // « Lire aussi : » alone on its line: the teaser's title is the next line.
            if (line.Opener is not null && line.End - line.Start <= MarkerOnlyLength && i + 1 < tail)
                end = lines[++i].End;
            blocks.Add(new FurnitureBlock(line.Start, end, kind));
        }

        if (tail < lines.Count)
        {
            var start = lines[tail].Start;
            var kind = lines[tail].Opener!;
            for (var i = tail + 1; i < lines.Count; i++)
            {
                if ((lines[i].Opener ?? lines[i].Kind) is { } next && next != kind)
                {
                    blocks.Add(new FurnitureBlock(start, lines[i - 1].End, kind));
                    (start, kind) = (lines[i].Start, next);
                }
            }

            blocks.Add(new FurnitureBlock(start, lines[^1].End, kind));
        }

        if (blocks.Count == 0)
            return new SplitText(text.Original, blocks, text);
        var content = Blank(text.Original, blocks);
        return new SplitText(content, blocks, FoldedText.Of(content, Blank(folded, blocks)));
    }

    private sealed record Line(int Start, int End, string? Opener, string? Kind);

    // The non-empty lines, trimmed, with the furniture they open or are.
    private static List<Line> Lines(string folded)
    {
        var lines = new List<Line>();
        var lineStart = 0;
        while (lineStart < folded.Length)
        {
            var lineEnd = folded.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = folded.Length;
            var line = folded.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.TrimStart();
            var start = lineStart + (line.Length - trimmed.Length);
            trimmed = trimmed.TrimEnd();
            if (trimmed.Length > 0)
            {
                var opener = Opener(trimmed, TailOpeners);
                lines.Add(new Line(start, start + trimmed.Length, opener, opener is null ? LineKind(trimmed) : null));
            }

            lineStart = lineEnd + 1;
        }

        return lines;
    }

    // Teasers run to the page's end when more furniture follows them or they open its last quarter; a single
    // « Lire aussi » in the middle of an article is a link, and the article goes on after it.
    private static int TailStart(List<Line> lines, int length)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Opener is null || lines[i].Start < length * TailStartsAfter)
                continue;
            if (lines[i].Start >= length * TailSurelyAfter)
                return i;
            for (var j = i + 1; j < lines.Count; j++)
            {
                if (lines[j].Opener is not null || lines[j].Kind is not null)
                    return i;
            }
        }

        return lines.Count;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Buttons = ButtonLines.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string? LineKind(ReadOnlySpan<char> line)
    {
        if (line.Length <= 24 && Buttons.Contains(line))
            return FurnitureKinds.Sharing;
        if (Opener(line, LineOpeners) is { } kind)
            return kind == FurnitureKinds.Sharing && line.Length > 80 ? null : kind;
        foreach (var (fragment, fragmentKind) in LineFragments)
        {
            if (line.Contains(fragment, StringComparison.Ordinal))
                return fragmentKind;
        }

        return null;
    }

    private static string? Opener(ReadOnlySpan<char> line, (string Prefix, string Kind)[] openers)
    {
        foreach (var (prefix, kind) in openers)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal)
                && (line.Length == prefix.Length || !char.IsLetterOrDigit(line[prefix.Length]) || !char.IsLetterOrDigit(prefix[^1])))
                return kind;
        }

        return null;
    }

    private static string Blank(string text, List<FurnitureBlock> blocks)
    {
        if (blocks.Count == 0)
            return text;
        return string.Create(text.Length, (text, blocks), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            foreach (var block in state.blocks)
            {
                for (var i = block.Start; i < block.End; i++)
                {
                    if (span[i] != '\n')
                        span[i] = ' ';
                }
            }
        });
    }
}
