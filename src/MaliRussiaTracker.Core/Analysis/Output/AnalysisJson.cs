using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MaliRussiaTracker.Core.Analysis.Output;

/// <summary>
/// Writes an <see cref="ArticleAnalysis"/> as DESIGN.md's output object, one line: file, language, relevant,
/// published, main_date, story, outlet, author, actors, places, events, agreements, dated_facts, quotes,
/// candidates, furniture; and <c>error</c> for an input that could not be read.
/// </summary>
public static class AnalysisJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON object, on one line.</summary>
    public static string Write(ArticleAnalysis analysis)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
            Write(json, analysis);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the object to <paramref name="json"/>.</summary>
    public static void Write(Utf8JsonWriter json, ArticleAnalysis analysis)
    {
        json.WriteStartObject();
        json.WriteString("file", Path.GetFileName(analysis.File));
        if (analysis.Error is { } error)
        {
            json.WriteString("error", error);
            json.WriteEndObject();
            return;
        }

        json.WriteString("language", analysis.Language);
        json.WriteBoolean("relevant", analysis.Relevant);
        json.WriteNumber("relevance", analysis.RelevanceScore);
        WriteNullable(json, "published", analysis.PublishedDate?.ToString());
        WriteNullable(json, "main_date", analysis.MainDate?.ToString());
        WriteNullable(json, "story", analysis.Story);
        WriteNullable(json, "outlet", analysis.Outlet);
        WriteNullable(json, "author", analysis.Author);
        WriteStrings(json, "actors", analysis.Actors);
        WriteStrings(json, "places", analysis.Places);
        WriteStrings(json, "events", analysis.Events.Select(e => e.Key));
        WriteStrings(json, "agreements", analysis.Agreements.Select(a => a.Key));

        json.WriteStartArray("dated_facts");
        foreach (var fact in analysis.DatedFacts)
        {
            json.WriteStartObject();
            json.WriteString("date", fact.Date.ToString());
            json.WriteString("text", fact.Text);
            json.WriteNumber("start", fact.Start);
            json.WriteNumber("end", fact.End);
            if (fact.Resolution is { } resolution)
                json.WriteString("resolution", resolution);
            if (fact.AlsoDays.Count > 0)
                WriteStrings(json, "also", fact.AlsoDays.Select(d => d.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in analysis.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            // A speaker the gazetteer does not know goes by the slug an editor would give them from the printed name.
            WriteNullable(json, "speaker", quote.Speaker ?? (quote.SpeakerName is { } printed ? Actors.CandidateSlug.Of(printed) : null));
            if (quote.SpeakerName is { } name)
                json.WriteString("speaker_name", name);
            json.WriteNumber("start", quote.Start);
            json.WriteNumber("end", quote.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("candidates");
        foreach (var candidate in analysis.Candidates)
        {
            json.WriteStartObject();
            json.WriteString("kind", candidate.Kind);
            json.WriteString("name", candidate.Name);
            json.WriteString("evidence", candidate.Evidence);
            if (candidate.Date is { } date)
                json.WriteString("date", date);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("furniture");
        foreach (var block in analysis.Furniture)
        {
            json.WriteStartObject();
            json.WriteNumber("start", block.Start);
            json.WriteNumber("end", block.End);
            json.WriteString("kind", block.Kind);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else
            json.WriteString(name, value);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
