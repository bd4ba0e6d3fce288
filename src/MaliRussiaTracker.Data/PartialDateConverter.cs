using MaliRussiaTracker.Core.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MaliRussiaTracker.Data;

/// <summary>Stores a <see cref="PartialDate"/> as its ISO text.</summary>
public sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(
    date => date.ToString(),
    text => PartialDate.Parse(text))
{
    /// <summary>The longest ISO text: two full days and a slash.</summary>
    public const int MaxLength = 21;
}
