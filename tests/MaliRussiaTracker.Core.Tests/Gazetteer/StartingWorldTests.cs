using System.Text;
using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Gazetteer;

public class StartingWorldTests
{
    [Fact]
    public void The_shipped_world_holds_the_domains_actors_events_and_agreements()
    {
        var world = StartingWorld.LoadEmbedded();

        var goita = Assert.Single(world.Actors, a => a.Slug == "assimi-goita");
        Assert.Equal(ActorKind.Person, goita.Kind);
        Assert.Contains("Goita", goita.AliasList);
        Assert.Contains(world.Actors, a => a.Slug == "russia" && a.Kind == ActorKind.State);
        Assert.Equal("russia", world.Places.Single(p => p.Slug == "moscou").Government);

        var bamex = world.Events.Single(e => e.Key == "bamex-2025");
        Assert.Equal("2025-11-11/2025-11-14", bamex.Date.ToString());
        Assert.Equal("bamako", bamex.Place);

        var mtca = world.Agreements.Single(a => a.Key == "military-technical-cooperation-agreement");
        Assert.Equal(["2024-04", "2024-07-04", "2025-01"], mtca.Milestones.Select(m => m.Date.ToString()));
    }

    [Fact]
    public void A_world_that_points_to_an_unknown_actor_is_refused_with_the_culprit_named()
    {
        const string json = """
            { "actors": [ { "slug": "mali", "name": "Mali", "kind": "state" } ],
              "places": [],
              "events": [ { "key": "e1", "title": "E", "date": "2025-04", "place": null, "participants": ["mali", "atlantis"], "keywords": [] } ],
              "agreements": [] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => StartingWorld.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("'atlantis'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_world_with_a_bad_date_is_refused_with_the_reason()
    {
        const string json = """
            { "actors": [], "places": [],
              "events": [ { "key": "e1", "title": "E", "date": "2025-13", "place": null, "participants": [], "keywords": [] } ],
              "agreements": [] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => StartingWorld.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("month must be 1 to 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_given_twice_is_refused()
    {
        const string json = """
            { "actors": [ { "slug": "mali", "name": "Mali", "kind": "state" }, { "slug": "mali", "name": "Mali bis", "kind": "state" } ],
              "places": [], "events": [], "agreements": [] }
            """;

        var error = Assert.Throws<InvalidDataException>(() => StartingWorld.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("mali", error.Message, StringComparison.Ordinal);
    }
}
