using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace MaliRussiaTracker.Data.Review;

/// <summary>Carries out an editor's decisions on a loaded article, each with its audit entry.</summary>
internal sealed class ReviewMoves(TrackerDbContext db, Article article, ChangeAuthor author)
{
    public const int MaxTagLength = 100;

    /// <summary>Events and agreements whose backing changed: their sources are counted again.</summary>
    public HashSet<long> TouchedEvents { get; } = [];

    public HashSet<long> TouchedAgreements { get; } = [];

    public async Task ApplyAsync(ReviewDecision decision, CancellationToken cancellationToken)
    {
        switch (decision)
        {
            case ConfirmFinding(var kind, var id):
                Decide(kind, id, ReviewState.Confirmed, "confirmed");
                break;
            case RejectFinding(var kind, var id):
                Decide(kind, id, ReviewState.Rejected, "rejected");
                break;
            case CorrectTarget correct:
                await CorrectTargetAsync(correct, cancellationToken);
                break;
            case CorrectDate(var factId, var date):
                CorrectDate(factId, date);
                break;
            case CorrectSpeaker correct:
                await CorrectSpeakerAsync(correct, cancellationToken);
                break;
            case AddTag(var name):
                await AddTagAsync(name, cancellationToken);
                break;
            case RemoveTag(var name):
                RemoveTag(name);
                break;
            case SetRelevance(var relevant):
                Audit("Article", article.Id.ToString(), "relevance", new { article.IsRelevant }, new { IsRelevant = relevant });
                article.IsRelevant = relevant;
                article.RelevanceDecidedBy = author.User;
                break;
            default:
                throw new ReviewDecisionException($"Unknown decision {decision.GetType().Name}.");
        }
    }

    private void Decide(FindingKind kind, long id, ReviewState state, string action)
    {
        IReviewed finding = kind switch
        {
            FindingKind.Date => FindFact(id),
            FindingKind.Quote => FindQuote(id),
            _ => FindMention(kind, id),
        };
        Audit(kind.ToString(), id.ToString(), action, new { finding.State }, new { State = state });
        Stamp(finding, state);
        if (finding is Mention mention)
            Touch(mention);
    }

    private async Task CorrectTargetAsync(CorrectTarget correct, CancellationToken cancellationToken)
    {
        var wrong = FindMention(correct.Kind, correct.MentionId);
        var right = await TargetAsync(correct.Kind, correct.TargetKey, cancellationToken);
        var before = new { Target = await KeyOfAsync(wrong, cancellationToken), wrong.State };
        Stamp(wrong, ReviewState.Rejected);
        Touch(wrong);

        // The article may already mention the right target elsewhere: that mention is confirmed rather than doubled.
        var mention = article.Mentions.FirstOrDefault(m => m.Kind == wrong.Kind && SameTarget(m, right));
        if (mention is null)
        {
            mention = new Mention { Kind = wrong.Kind, Start = wrong.Start, End = wrong.End, Evidence = wrong.Evidence };
            SetTarget(mention, right);
            article.Mentions.Add(mention);
        }

        Stamp(mention, ReviewState.Confirmed);
        Touch(mention);
        Audit(correct.Kind.ToString(), correct.MentionId.ToString(), "corrected", before, new { Target = correct.TargetKey, State = ReviewState.Confirmed });
    }

    private void CorrectDate(long factId, PartialDate date)
    {
        var wrong = FindFact(factId);
        var before = new { wrong.Date, wrong.State };
        Stamp(wrong, ReviewState.Rejected);
        var right = article.DatedFacts.FirstOrDefault(f => f.Start == wrong.Start && f.Date == date);
        if (right is null)
        {
            right = new DatedFact { Date = date, Text = wrong.Text, Start = wrong.Start, End = wrong.End, Resolution = $"corrected by {author.User}" };
            article.DatedFacts.Add(right);
        }

        Stamp(right, ReviewState.Confirmed);
        Audit(nameof(FindingKind.Date), factId.ToString(), "corrected", before, new { Date = date, State = ReviewState.Confirmed });
    }

    private async Task CorrectSpeakerAsync(CorrectSpeaker correct, CancellationToken cancellationToken)
    {
        var quote = FindQuote(correct.QuoteId);
        var name = string.IsNullOrWhiteSpace(correct.SpeakerName) ? null : correct.SpeakerName.Trim();
        if (correct.ActorSlug is null && name is null)
            throw new ReviewDecisionException("A corrected speaker is a known actor or a name.");
        long? speakerId = null;
        if (correct.ActorSlug is { } slug)
        {
            speakerId = await db.Actors.Where(a => a.Slug == slug).Select(a => (long?)a.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ReviewDecisionException($"There is no actor « {slug} ».");
        }

        var before = new { quote.SpeakerId, quote.SpeakerName, quote.State };
        quote.SpeakerId = speakerId;
        quote.SpeakerName = speakerId is null ? name : null;
        Stamp(quote, ReviewState.Confirmed);
        Audit(nameof(FindingKind.Quote), quote.Id.ToString(), "speaker corrected", before, new { Speaker = correct.ActorSlug, SpeakerName = quote.SpeakerName, State = ReviewState.Confirmed });
    }

    private async Task AddTagAsync(string name, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxTagLength)
            throw new ReviewDecisionException($"A tag has 1 to {MaxTagLength} characters.");
        if (article.Tags.Any(t => string.Equals(t.Tag!.Name, name, StringComparison.OrdinalIgnoreCase)))
            return;
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Name == name, cancellationToken) ?? db.Tags.Add(new Tag { Name = name }).Entity;
        article.Tags.Add(new ArticleTag { Tag = tag, AddedBy = author.User, AddedAt = author.At });
        Audit("Tag", name, "added", null, new { Tag = name });
    }

    private void RemoveTag(string name)
    {
        var tagged = article.Tags.FirstOrDefault(t => string.Equals(t.Tag!.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (tagged is null)
            return;
        article.Tags.Remove(tagged);
        Audit("Tag", tagged.Tag!.Name, "removed", new { Tag = tagged.Tag.Name }, null);
    }

    private void Stamp(IReviewed finding, ReviewState state)
    {
        finding.State = state;
        finding.DecidedBy = author.User;
        finding.DecidedAt = author.At;
    }

    private void Touch(Mention mention)
    {
        if (mention.EventId is { } eventId)
            TouchedEvents.Add(eventId);
        if (mention.AgreementId is { } agreementId)
            TouchedAgreements.Add(agreementId);
    }

    private void Audit(string entityType, string key, string action, object? before, object? after) =>
        AuditTrail.Record(db, author, entityType, key, action, before, after, article.Id);

    private Mention FindMention(FindingKind kind, long id) =>
        article.Mentions.FirstOrDefault(m => m.Id == id && m.Kind.ToString() == kind.ToString())
        ?? throw new ReviewDecisionException($"Article {article.Id} has no {kind} finding {id}.");

    private DatedFact FindFact(long id) =>
        article.DatedFacts.FirstOrDefault(f => f.Id == id) ?? throw new ReviewDecisionException($"Article {article.Id} has no date finding {id}.");

    private Quote FindQuote(long id) =>
        article.Quotes.FirstOrDefault(q => q.Id == id) ?? throw new ReviewDecisionException($"Article {article.Id} has no quote {id}.");

    private async Task<long> TargetAsync(FindingKind kind, string key, CancellationToken cancellationToken)
    {
        long? id = kind switch
        {
            FindingKind.Actor => await db.Actors.Where(a => a.Slug == key).Select(a => (long?)a.Id).SingleOrDefaultAsync(cancellationToken),
            FindingKind.Place => await db.Places.Where(p => p.Slug == key).Select(p => (long?)p.Id).SingleOrDefaultAsync(cancellationToken),
            FindingKind.Event => await db.Events.Where(e => e.Key == key).Select(e => (long?)e.Id).SingleOrDefaultAsync(cancellationToken),
            FindingKind.Agreement => await db.Agreements.Where(a => a.Key == key).Select(a => (long?)a.Id).SingleOrDefaultAsync(cancellationToken),
            _ => throw new ReviewDecisionException($"A {kind} finding has no target to correct."),
        };
        return id ?? throw new ReviewDecisionException($"There is no {kind.ToString().ToLowerInvariant()} « {key} ».");
    }

    private async Task<string?> KeyOfAsync(Mention m, CancellationToken cancellationToken) => m.Kind switch
    {
        MentionKind.Actor => await db.Actors.Where(a => a.Id == m.ActorId).Select(a => a.Slug).SingleOrDefaultAsync(cancellationToken),
        MentionKind.Place => await db.Places.Where(p => p.Id == m.PlaceId).Select(p => p.Slug).SingleOrDefaultAsync(cancellationToken),
        MentionKind.Event => await db.Events.Where(e => e.Id == m.EventId).Select(e => e.Key).SingleOrDefaultAsync(cancellationToken),
        _ => await db.Agreements.Where(a => a.Id == m.AgreementId).Select(a => a.Key).SingleOrDefaultAsync(cancellationToken),
    };

    private static bool SameTarget(Mention m, long id) => (m.ActorId ?? m.PlaceId ?? m.EventId ?? m.AgreementId) == id;

    private static void SetTarget(Mention mention, long id)
    {
        switch (mention.Kind)
        {
            case MentionKind.Actor: mention.ActorId = id; break;
            case MentionKind.Place: mention.PlaceId = id; break;
            case MentionKind.Event: mention.EventId = id; break;
            default: mention.AgreementId = id; break;
        }
    }
}
