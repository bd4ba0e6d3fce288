using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.Configuration.Attributes;
using MaliRussiaTracker.Data.Queries.Articles;
using MaliRussiaTracker.Data.Queries.Timeline;
using MaliRussiaTracker.Web.Components.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaliRussiaTracker.Web.Api;

/// <summary>
/// RFC 4180 CSV written by CsvHelper, with a UTF-8 byte-order mark so a spreadsheet opens the accents right. A
/// field that starts with <c>= + - @</c>, a tab or a carriage return would be read as a formula by a spreadsheet:
/// it is written with a leading apostrophe, so it stays text.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        InjectionEscapeCharacter = '\'',
        NewLine = "\r\n",
    };

    public static byte[] Of<T>(IEnumerable<T> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
            csv.WriteRecords(rows);
        return buffer.ToArray();
    }

    internal static FileContentHttpResult File<T>(string name, IEnumerable<T> rows) =>
        TypedResults.File(Of(rows), ContentType + "; charset=utf-8", name);
}

/// <summary>A line of the timeline's export.</summary>
internal sealed class TimelineCsvRow(TimelineEntry entry)
{
    [Name("date")] public string Date => entry.Date.ToString();
    [Name("kind")] public string Kind => entry.Kind.ToString().ToLowerInvariant();
    [Name("key")] public string Key => entry.Key;
    [Name("title")] public string Title => entry.Title;
    [Name("place")] public string Place => entry.Place ?? "";
    [Name("participants")] public string Participants => string.Join("; ", entry.Participants);
    [Name("stories")] public int Stories => entry.Sources.Stories;
    [Name("outlets")] public int Outlets => entry.Sources.Outlets;
    [Name("articles")] public int Articles => entry.Sources.Articles;
    [Name("single_source")] public string SingleSource => entry.Sources.IsSingleSource ? "yes" : "no";
    [Name("status")] public string Status => entry.Status.ToString().ToLowerInvariant();

    // The voices and marks go after the columns a reader's spreadsheet already knows, so their places do not move.
    [Name("owner_groups")] public int OwnerGroups => entry.Sources.Voices;
    [Name("sole_owner")] public string SoleOwner => entry.Sources.SoleVoice ?? "";
    [Name("reprints")] public int Reprints => entry.Sources.Reprints;
    [Name("single_owner")] public string SingleOwner => entry.Sources.IsSingleOwner ? "yes" : "no";
    [Name("one_wire")] public string OneWire => entry.Sources.IsOneWire ? "yes" : "no";
}

/// <summary>A line of the article list's export.</summary>
internal sealed class ArticleCsvRow(ArticleRow row)
{
    [Name("id")] public long Id => row.Id;
    [Name("main_date")] public string MainDate => row.MainDate?.ToString() ?? "";
    [Name("published")] public string Published => row.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    [Name("title")] public string Title => row.Title ?? "";
    [Name("outlet")] public string Outlet => row.Outlet ?? "";
    [Name("story")] public string Story => row.StoryKey ?? "";
    [Name("relevant")] public string Relevant => row.IsRelevant switch { true => "yes", false => "no", null => "" };
    [Name("outlet_kind")] public string OutletKind => row.OutletKind is { } kind ? OutletKindText.Of(kind) : "";
}
