using System.Text;
using MaliRussiaTracker.Core.Analysis.Normalisation;

namespace MaliRussiaTracker.Ingestion.Tests.Encodings;

/// <summary>
/// How the web mislabels its bytes, each case once for pages and feeds: what the bytes are, what the server's header
/// and the document's own declaration say, and what a reader should make of it.
/// </summary>
public sealed record EncodingCase(string Name, Encoding Bytes, string? HeaderCharset, string? Declared, string Charset, bool Overruled)
{
    public static IReadOnlyList<EncodingCase> All { get; } =
    [
        new("utf-8 labelled ISO-8859-1", Charsets.Utf8, "iso-8859-1", null, "utf-8", true),
        new("Windows-1252 labelled UTF-8", Charsets.Windows1252, "utf-8", null, "windows-1252", true),
        new("Windows-1252 declared UTF-8 in the document", Charsets.Windows1252, null, "utf-8", "windows-1252", true),
        new("utf-8 declaring gb2312", Charsets.Utf8, null, "gb2312", "utf-8", true),
        new("ISO-8859-1 declaring nothing", Charsets.Windows1252, null, null, "windows-1252", false),
        new("ISO-8859-1 named by the header only", Charsets.Windows1252, "ISO-8859-1", null, "windows-1252", false),
        new("UTF-16 without a byte-order mark", new UnicodeEncoding(bigEndian: false, byteOrderMark: false), null, null, "utf-16", false),
    ];

    public static TheoryData<string> Names { get; } = new(All.Select(c => c.Name));

    public static EncodingCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>French with the letters a wrong reading loses: œ and ’ exist only in Windows-1252 among the 8-bit sets.</summary>
    public const string French = "Les manœuvres de l’armée malienne à Gao : « coopération » renforcée, a déclaré le général Goïta.";

    public string ContentType(string mediaType) => HeaderCharset is null ? mediaType : $"{mediaType}; charset={HeaderCharset}";
}
