using System.Text.Json;
using System.Text.Json.Serialization;

namespace MaliRussiaTracker.Core.Domain;

/// <summary>Writes and reads a <see cref="PartialDate"/> as its ISO text.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    /// <inheritdoc />
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"A date must be a string such as \"2025-04-03\", not {reader.TokenType}.");
        return PartialDate.TryParse(text, out var date, out var error) ? date : throw new JsonException(error);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
