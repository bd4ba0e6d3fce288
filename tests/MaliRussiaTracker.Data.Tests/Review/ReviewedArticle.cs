using MaliRussiaTracker.Data.Review;
using MaliRussiaTracker.Ingestion.Intake;
using MaliRussiaTracker.Ingestion.Setup;
using MaliRussiaTracker.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace MaliRussiaTracker.Data.Tests.Review;

/// <summary>An article written for these tests, taken in as the worker would, with the machine's findings to review.</summary>
internal static class ReviewedArticle
{
    public const string Text = """
        Niamey, le 4 février 2026 – Le chef de la diplomatie russe, Sergueï Lavrov, a reçu à Moscou le Premier ministre
        nigérien pour parler de coopération militaire et de la livraison de matériel de défense au Niger.
        « Nous voulons renforcer notre partenariat de sécurité dans tout le Sahel », a déclaré M. Lavrov à la presse.
        Le général Abdourahamane Tiani a salué en janvier dernier l'arrivée d'instructeurs russes à Niamey.
        """;

    public static async Task<ArticleUnderReview> TakeInAsync(DatabaseFixture database, string? text = null)
    {
        await database.Services.GetRequiredService<StartingDataLoader>().LoadAsync(includeDemoArticles: false, CancellationToken.None);
        var stored = await database.Services.GetRequiredService<ArticleIntake>().SubmitAsync(
            new ArticleSubmission((text ?? Text) + $"\nRéférence {Guid.NewGuid():N}.") { Url = $"https://revue.example/{Guid.NewGuid():N}", Outlet = "Revue test" },
            CancellationToken.None);
        return await database.Services.GetRequiredService<ArticleReviewQuery>().GetAsync(stored.ArticleId, CancellationToken.None)
            ?? throw new InvalidOperationException("The article just taken in is not there.");
    }
}
