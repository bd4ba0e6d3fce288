using System.Reflection;

namespace MaliRussiaTracker.Core.Analysis.Stories;

/// <summary>
/// Surnames so widely shared in the Sahel (Traoré, Maïga, Coulibaly…) that two articles naming one are no sign
/// of one story; the list is data, embedded beside this class.
/// </summary>
internal static class CommonSurnames
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Folded = Load().GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> foldedSurname) => Folded.Contains(foldedSurname);

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MaliRussiaTracker.common-surnames.txt")
            ?? throw new InvalidOperationException("The embedded list of common surnames is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var name = line.Trim();
            if (name.Length > 0 && name[0] != '#')
                names.Add(name);
        }

        return names;
    }
}
