using System.Text.RegularExpressions;
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
public static partial class FurnitureSplitter
{
    [GeneratedRegex(@"^\d{1,2}:\d{2}(?::\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationLine();

    // « 3703 Vues », « 0 Commentaire(s) », « 12 shares »: a page's counters.
    [GeneratedRegex(@"^\d[\d\s.,]*\s*(?:vues?|views?|lectures?|commentaires?(?:\(s\))?|comments?|reactions?|partages?|shares?|likes?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterLine();

    // « Il y a 1 an », « 3 hours ago », « Bamako 32°C »: a page's clock and weather, not the article's dates.
    [GeneratedRegex(@"^(?:(?:publie\s+)?il y a\s+\d+\s+(?:ans?|mois|jours?|heures?|h|minutes?|min)|\d+\s+(?:years?|months?|days?|hours?|minutes?|mins?)\s+ago|[\p{L} -]{0,30}-?\d{1,2}\s*°\s*[cf]?(?:\s*/\s*-?\d{1,2}\s*°\s*[cf]?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex WidgetLine();

    // « - La Russie redevient … - 21 novembre 2024 »: an item of a list of other headlines, each with its day.
    [GeneratedRegex(@"^[-•*–]\s.{10,200}[-–|]\s*(?:\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatedHeadline();

    // A list of teasers that opens in the first part of a page is an inline link, not the page's tail.
    private const double TailStartsAfter = 0.4;
    private const double TailSurelyAfter = 0.75;
    private const int MarkerOnlyLength = 20;
    private const int MaxCreditLength = 120;

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
        ("les derniers articles", FurnitureKinds.AuthorArticles),
        ("sondage", FurnitureKinds.RelatedArticles),
        ("a la une", FurnitureKinds.RelatedArticles),
        ("les plus populaires", FurnitureKinds.RelatedArticles),
        ("dernieres videos", FurnitureKinds.Videos),
        ("autres videos", FurnitureKinds.Videos),
        ("plus de videos", FurnitureKinds.Videos),
        ("more stories", FurnitureKinds.RelatedArticles),
        ("most read", FurnitureKinds.RelatedArticles),
        ("you may also like", FurnitureKinds.RelatedArticles),
        ("recommended", FurnitureKinds.RelatedArticles),
        ("related", FurnitureKinds.RelatedArticles),
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
        ("restez connecte", FurnitureKinds.Subscription),
        ("en telechargeant l'application", FurnitureKinds.Subscription),
        ("telechargez l'application", FurnitureKinds.Subscription),
        ("support the", FurnitureKinds.Subscription),
        ("soutenez", FurnitureKinds.Subscription),
        ("faites un don", FurnitureKinds.Subscription),
        ("donate", FurnitureKinds.Subscription),
        ("la suite apres la publicite", FurnitureKinds.Advertising),
        ("advertisement", FurnitureKinds.Advertising),
        ("sponsored", FurnitureKinds.Advertising),
        ("contenu sponsorise", FurnitureKinds.Advertising),
        ("nous utilisons des cookies", FurnitureKinds.Cookies),
        ("ce site utilise des cookies", FurnitureKinds.Cookies),
        ("we use cookies", FurnitureKinds.Cookies),
        ("this website uses cookies", FurnitureKinds.Cookies),
        ("avec afp", FurnitureKinds.AgencyNotice),
        ("(avec afp)", FurnitureKinds.AgencyNotice),
        ("avec agences", FurnitureKinds.AgencyNotice),
        ("(avec agences)", FurnitureKinds.AgencyNotice),
        ("photo :", FurnitureKinds.Credit),
        ("photo:", FurnitureKinds.Credit),
        ("photos :", FurnitureKinds.Credit),
        ("credit :", FurnitureKinds.Credit),
        ("credits :", FurnitureKinds.Credit),
        ("image :", FurnitureKinds.Credit),
    ];

    // Short lines that hold a marker anywhere: a caption's credit (« US troops in Niger / Photo: Reuters »), an
    // advertising break. In a paragraph the same words are the article's.
    private const int ShortLine = 160;

    private static readonly (string Fragment, string Kind)[] ShortLineFragments =
    [
        ("apres la publicite", FurnitureKinds.Advertising),
        ("/ photo", FurnitureKinds.Credit),
        ("photo credit", FurnitureKinds.Credit),
        ("getty images", FurnitureKinds.Credit),
        ("accepter les cookies", FurnitureKinds.Cookies),
        ("cookie policy", FurnitureKinds.Cookies),
        ("politique de cookies", FurnitureKinds.Cookies),
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
            {
                // A caption's credit after it on the same line (« … le 27 juillet 2023. © Photographe/Agence »).
                var credit = folded.IndexOf('©', line.Start, line.End - line.Start);
                if (credit > line.Start && line.End - credit <= MaxCreditLength)
                    blocks.Add(new FurnitureBlock(credit, line.End, FurnitureKinds.Copyright));
                continue;
            }

            var end = line.End;
            // « Lire aussi : » alone on its line: the teaser's title is the next line.
            if (line.Opener is not null && line.End - line.Start <= MarkerOnlyLength && i + 1 < tail)
                end = lines[++i].End;
            blocks.Add(new FurnitureBlock(line.Start, end, kind));
        }

        if (lines.Count > 0 && TitleSuffix.Of(text.Original, lines[0].Start, lines[0].End) is { } suffix)
            blocks.Insert(0, new FurnitureBlock(suffix.Start, suffix.End, FurnitureKinds.SiteName));

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
                // A video's duration alone on its line (« 01:48 ») opens a list of other videos.
                var opener = Opener(trimmed, TailOpeners) ?? (DurationLine().IsMatch(trimmed) ? FurnitureKinds.Videos : null);
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
        if (line.Length <= ShortLine)
        {
            if (WidgetLine().IsMatch(line))
                return FurnitureKinds.Widget;
            if (CounterLine().IsMatch(line))
                return FurnitureKinds.Counters;
            foreach (var (fragment, fragmentKind) in ShortLineFragments)
            {
                if (line.Contains(fragment, StringComparison.Ordinal))
                    return fragmentKind;
            }
        }

        if (DatedHeadline().IsMatch(line))
            return FurnitureKinds.RelatedArticles;
        if (MojibakePairs(line) >= 2)
            return FurnitureKinds.Mojibake;
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

    // UTF-8 read as Windows-1252 shows « Ã© », « â€™ »: such a line is unreadable, and its names are not to be trusted.
    private static int MojibakePairs(ReadOnlySpan<char> line)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < line.Length; i++)
        {
            // Folded, « Ã© » and « â€ » are an « a » glued to a sign no French word puts there.
            if (line[i] == 'a' && line[i + 1] is (>= '\u0080' and <= '\u00BF') or '€' or '™')
                pairs++;
        }

        return pairs;
    }

    /// <summary><paramref name="split"/> with <paramref name="more"/> furniture set aside too.</summary>
    public static SplitText With(SplitText split, List<FurnitureBlock> more)
    {
        if (more.Count == 0)
            return split;
        var blocks = split.Blocks.Concat(more).OrderBy(b => b.Start).ToList();
        var content = Blank(split.Content, more);
        return new SplitText(content, blocks, FoldedText.Of(content, Blank(split.FoldedContent.Folded, more)));
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
