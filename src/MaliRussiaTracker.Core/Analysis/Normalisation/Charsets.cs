using System.Text;

namespace MaliRussiaTracker.Core.Analysis.Normalisation;

/// <summary>Character set labels as the web writes them, turned into .NET encodings.</summary>
public static class Charsets
{
    /// <summary>Windows-1252, what a French page without a declaration is most often written in.</summary>
    public static Encoding Windows1252 { get; } = GetWindows1252();

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The encoding a label names, or null for a label .NET does not know.</summary>
    public static Encoding? Find(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
            return null;

        // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are in practice Windows-1252, and
        // French text uses its extra letters (œ in « manœuvres », the curly apostrophe) all the time.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252")
            return Windows1252;
        if (name is "utf8" or "utf-8")
            return Utf8;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding GetWindows1252()
    {
        // Registering here, in the first initialiser, makes every other code page known before Find runs.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
