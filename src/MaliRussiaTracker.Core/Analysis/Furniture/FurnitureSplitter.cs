using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Core.Analysis.Furniture;

/// <summary>The article once its site furniture is set aside.</summary>
/// <param name="Content">The normalised text with furniture blanked out (same length, so offsets still hold).</param>
/// <param name="Blocks">The furniture, in order.</param>
public sealed record SplitText(string Content, IReadOnlyList<FurnitureBlock> Blocks);

/// <summary>
/// Finds site furniture by the lines that open it. Teaser lists and an author's other articles come at a
/// page's end and run to it, with their own dates and names that are not the article's; notices, editor
/// lines and share buttons are single lines anywhere.
/// </summary>
public static class FurnitureSplitter
{
    // A list of teasers that opens in the first part of a page is an inline link, not the page's tail.
    private const double TailStartsAfter = 0.4;

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
        var blocks = new List<FurnitureBlock>();
        var tailStart = -1;
        string? tailKind = null;

        var lineStart = 0;
        while (lineStart < folded.Length)
        {
            var lineEnd = folded.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = folded.Length;
            var line = folded.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.TrimStart();
            var contentStart = lineStart + (line.Length - trimmed.Length);
            trimmed = trimmed.TrimEnd();

            if (trimmed.Length > 0)
            {
                var tailOpener = Opener(trimmed, TailOpeners);
                if (tailStart >= 0)
                {
                    if (tailOpener is not null && tailOpener != tailKind || LineKind(trimmed) is { } noticeKind && noticeKind != tailKind)
                    {
                        blocks.Add(new FurnitureBlock(tailStart, TrimEndBefore(folded, contentStart), tailKind!));
                        tailStart = contentStart;
                        tailKind = tailOpener ?? LineKind(trimmed);
                    }
                }
                else if (tailOpener is not null && contentStart >= folded.Length * TailStartsAfter)
                {
                    tailStart = contentStart;
                    tailKind = tailOpener;
                }
                else if ((tailOpener ?? LineKind(trimmed)) is { } kind)
                {
                    blocks.Add(new FurnitureBlock(contentStart, contentStart + trimmed.Length, kind));
                }
            }

            lineStart = lineEnd + 1;
        }

        if (tailStart >= 0)
            blocks.Add(new FurnitureBlock(tailStart, TrimEndBefore(folded, folded.Length), tailKind!));

        return new SplitText(Blank(text.Original, blocks), blocks);
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

    private static int TrimEndBefore(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end;
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
