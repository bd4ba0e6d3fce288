using MaliRussiaTracker.Core.Domain;
using MaliRussiaTracker.Core.Gazetteer;

namespace MaliRussiaTracker.Core.Tests.Analysis;

/// <summary>
/// A small world built from records, as the data layer builds one from database rows: the engine's rules
/// are tested on names the starting world does not hold.
/// </summary>
public static class TestWorld
{
    public static KnownWorld Build() => KnownWorld.From(
        [
            new WorldActor("amadou-kone", "Amadou Koné", ActorKind.Person, Aliases: ["Koné", "Kone"], Roles: ["ministre guinéen de la Défense", "chef de l'armée guinéenne"]),
            new WorldActor("irina-volkova", "Irina Volkova", ActorKind.Person, Aliases: ["Volkova", "Mme Volkova"], Roles: ["ambassadrice de Russie en Guinée"]),
            new WorldActor("boubacar-sylla", "Boubacar Sylla", ActorKind.Person, Aliases: ["Sylla"], Roles: ["président guinéen"]),
            new WorldActor("garde-presidentielle", "Garde présidentielle", ActorKind.Organisation, Aliases: ["GP"]),
            new WorldActor("guinee", "Guinée", ActorKind.State),
            new WorldActor("russia", "Russie", ActorKind.State, Aliases: ["Fédération de Russie"]),
        ],
        [
            new WorldPlace("conakry", "Conakry", PlaceKind.City, Government: "guinee"),
            new WorldPlace("moscou", "Moscou", PlaceKind.City, Government: "russia"),
            new WorldPlace("kaloum", "Kaloum", PlaceKind.Region),
        ],
        [
            new WorldEvent("volkova-visit-2024-09", "Visite d'Irina Volkova au camp Alpha Yaya", PartialDate.OfMonth(2024, 9),
                ["irina-volkova", "amadou-kone", "guinee", "russia"], ["visite", "camp Alpha Yaya"], "conakry"),
            new WorldEvent("sylla-moscow-2025-05", "Boubacar Sylla à Moscou pour le défilé de la Victoire", PartialDate.OfMonth(2025, 5),
                ["boubacar-sylla", "guinee", "russia"], ["visite", "défilé", "Victoire"], "moscou"),
        ],
        [
            new WorldAgreement("guinea-russia-training", "Accord de formation Guinée–Russie", ["guinee", "russia"],
                [new WorldMilestone(PartialDate.OfMonth(2024, 10), "Signé")], ["accord de formation", "instructeurs", "officiers"]),
            new WorldAgreement("guinea-russia-defence", "Accord de coopération technico-militaire Guinée–Russie", ["guinee", "russia"],
                [new WorldMilestone(PartialDate.OfMonth(2025, 3), "Entrée en vigueur")], ["coopération technico-militaire", "entrée en vigueur"]),
        ]);
}
