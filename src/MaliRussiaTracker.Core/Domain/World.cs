namespace MaliRussiaTracker.Core.Domain;

/// <summary>Whether an entry of the world is known, or proposed by the machine and waiting for an editor.</summary>
public enum EntryStatus
{
    Confirmed,
    Candidate,
}

public enum ActorKind
{
    Person,
    Organisation,
    State,
}

/// <summary>A name (« Goita ») or a title or role that stands for the actor (« le chef de la diplomatie nigérienne »).</summary>
public enum AliasKind
{
    Name,
    Role,
}

public class Actor
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public ActorKind Kind { get; set; }
    public string? Description { get; set; }
    public EntryStatus Status { get; set; }
    public List<ActorAlias> Aliases { get; set; } = [];
}

public class ActorAlias
{
    public long Id { get; set; }
    public long ActorId { get; set; }
    public required string Text { get; set; }
    public AliasKind Kind { get; set; }
}

public enum PlaceKind
{
    City,
    Building,
    Region,
    Country,
}

public class Place
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public PlaceKind Kind { get; set; }
    public string? Description { get; set; }
    public EntryStatus Status { get; set; }
    public List<string> Aliases { get; set; } = [];
    /// <summary>For a capital: the state it stands for when the text means its government (« Bamako et Moscou consolident… »).</summary>
    public long? GovernmentActorId { get; set; }
    public Actor? GovernmentActor { get; set; }
}

public class Event : DatedEntry
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public EntryStatus Status { get; set; }
    public long? PlaceId { get; set; }
    public Place? Place { get; set; }
    /// <summary>Words that tell the event apart from others on the same day and place.</summary>
    public List<string> Keywords { get; set; } = [];
    public List<Actor> Participants { get; set; } = [];
    public Corroboration Sources { get; set; } = new();
}

/// <summary>
/// How well an event or agreement is sourced: distinct stories (independent accounts), distinct outlets and
/// articles that mention it and that no editor rejected. Kept up to date as articles arrive.
/// </summary>
public class Corroboration
{
    public int Stories { get; set; }
    public int Outlets { get; set; }
    public int Articles { get; set; }

    /// <summary>Independent voices: distinct owner groups behind the articles (an independent outlet is its own), reprints counted as their agency.</summary>
    public int Voices { get; set; }

    /// <summary>The one voice behind every article whose outlet is known, when there is exactly one.</summary>
    public string? SoleVoice { get; set; }

    /// <summary>Articles that reprint an agency's dispatch.</summary>
    public int Reprints { get; set; }

    /// <summary>One story at most: the claim stands alone.</summary>
    public bool IsSingleSource => Stories <= 1;

    /// <summary>Several outlets or stories, but one owner behind them all (only Russian state media, say).</summary>
    public bool IsSingleOwner => Voices == 1 && (Outlets > 1 || Stories > 1);

    /// <summary>One voice, and it is an agency's reprinted dispatch: ten sites carrying one AFP wire.</summary>
    public bool IsOneWire => Voices == 1 && Reprints > 0;
}

/// <summary>
/// An outlet that has an article mentioning the event (a mention no editor rejected). Kept up to date with the
/// event's <see cref="Corroboration"/>, so the outlets' events are found without reading the outlets' articles.
/// </summary>
public class EventOutlet
{
    public long EventId { get; set; }
    public required string Outlet { get; set; }
}

/// <summary>An outlet that has an article mentioning the agreement, as <see cref="EventOutlet"/> is for events.</summary>
public class AgreementOutlet
{
    public long AgreementId { get; set; }
    public required string Outlet { get; set; }
}

/// <summary>
/// Something on the timeline: a <see cref="PartialDate"/>, and the first and last day it covers, kept in step
/// by the setter and stored so a day range is an indexed comparison in either database.
/// </summary>
public abstract class DatedEntry
{
    private PartialDate _date;

    public PartialDate Date
    {
        get => _date;
        set
        {
            _date = value;
            Earliest = value.Earliest;
            Latest = value.Latest;
        }
    }

    /// <summary>The first day <see cref="Date"/> covers, stored so a timeline can filter by day ranges.</summary>
    public DateOnly Earliest { get; private set; }

    /// <summary>The last day <see cref="Date"/> covers.</summary>
    public DateOnly Latest { get; private set; }
}

public class Agreement
{
    public long Id { get; set; }
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public EntryStatus Status { get; set; }
    public List<string> Keywords { get; set; } = [];
    public List<Actor> Parties { get; set; } = [];
    public List<AgreementMilestone> Milestones { get; set; } = [];
    public Corroboration Sources { get; set; } = new();
}

/// <summary>A step in an agreement's life: validated, ratified, in force, …</summary>
public class AgreementMilestone : DatedEntry
{
    public long Id { get; set; }
    public long AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public required string Description { get; set; }
}

/// <summary>The four kinds of entry of the world a candidate can be.</summary>
public enum WorldEntryKind
{
    Actor,
    Place,
    Event,
    Agreement,
}

/// <summary>
/// A candidate an editor rejected: the entry itself is gone, its slug or key stays here so the machine does not
/// propose it again when a later article names it.
/// </summary>
public class RejectedCandidate
{
    public long Id { get; set; }
    public WorldEntryKind Kind { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public required string RejectedBy { get; set; }
    public DateTimeOffset RejectedAt { get; set; }
}
