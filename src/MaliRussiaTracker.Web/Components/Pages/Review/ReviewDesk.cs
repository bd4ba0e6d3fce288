using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Data.Auditing;
using MaliRussiaTracker.Data.Review;

namespace MaliRussiaTracker.Web.Components.Pages.Review;

/// <summary>
/// The state of one editor's review of one article: the findings, which one is selected, and what the last save
/// said. Each decision is saved at once against the version the editor sees, so a keystroke is never lost and a
/// second editor's older view is caught, not written over.
/// </summary>
public sealed class ReviewDesk(ArticleReviewQuery reviews, ArticleReviewer reviewer)
{
    public ArticleUnderReview? Article { get; private set; }

    public int Selected { get; private set; }

    /// <summary>Changes someone else made since this editor loaded the article; the editor's last decision was not saved.</summary>
    public IReadOnlyList<AuditRow>? Conflict { get; private set; }

    public string? Error { get; private set; }

    public ReviewFinding? Current => Article is { Findings.Count: > 0 } article ? article.Findings[Math.Clamp(Selected, 0, article.Findings.Count - 1)] : null;

    public async Task LoadAsync(long articleId, CancellationToken cancellationToken)
    {
        var keep = Current;
        Article = await reviews.GetAsync(articleId, cancellationToken);
        Conflict = null;
        Error = null;
        if (Article is null)
            return;
        // The same finding after a save; on opening the article (a reload too), the first one still to decide.
        var findings = Article.Findings.ToList();
        Selected = Math.Max(0, keep is not null ? findings.FindIndex(f => f.Kind == keep.Kind && f.Id == keep.Id) : findings.FindIndex(f => f.State == ReviewState.Suggested));
    }

    public void Select(int index) => Selected = Article is null ? 0 : Math.Clamp(index, 0, Math.Max(0, Article.Findings.Count - 1));

    public void Move(int delta) => Select(Selected + delta);

    /// <summary>Saves one or more decisions; on success the view is reloaded, on a conflict the other's change is kept to show.</summary>
    public async Task<bool> DecideAsync(string user, IReadOnlyList<ReviewDecision> decisions, CancellationToken cancellationToken)
    {
        if (Article is null)
            return false;
        Error = null;
        try
        {
            var outcome = await reviewer.ApplyAsync(Article.Snapshot, decisions, user, cancellationToken);
            if (outcome is ReviewConflict conflict)
            {
                Conflict = conflict.Changes;
                return false;
            }
        }
        catch (ReviewDecisionException error)
        {
            Error = error.Message;
            return false;
        }

        await LoadAsync(Article.Id, cancellationToken);
        return true;
    }

    /// <summary>After a conflict: the article as it is now, the other editor's change in it.</summary>
    public Task ReloadAsync(CancellationToken cancellationToken) => Article is null ? Task.CompletedTask : LoadAsync(Article.Id, cancellationToken);
}
