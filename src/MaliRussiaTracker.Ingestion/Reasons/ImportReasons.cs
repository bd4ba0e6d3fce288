namespace MaliRussiaTracker.Ingestion.Reasons;

/// <summary>
/// Every message an import writes about an item, a file or its own end, kept as data: the code writes them through
/// these templates, and a page reads a stored message back into its template to say it in the reader's language.
/// </summary>
public static class ImportReasons
{
    // Items: where they are in their file.
    public static readonly ReasonTemplate Line = new(nameof(Line), "line {0:D}");
    public static readonly ReasonTemplate LineWithUrl = new(nameof(LineWithUrl), "line {0:D} ({1})");
    public static readonly ReasonTemplate Record = new(nameof(Record), "record {0:D}");
    public static readonly ReasonTemplate RecordWithUrl = new(nameof(RecordWithUrl), "record {0:D} ({1})");
    public static readonly ReasonTemplate Entry = new(nameof(Entry), "entry {0}");

    // Items: why one was not imported as it came.
    public static readonly ReasonTemplate NoTextNoHtml = new(nameof(NoTextNoHtml), "no text and no html: an article needs one of them");
    public static readonly ReasonTemplate NotADate = new(nameof(NotADate), "'{0}' in published is not a date (expected 2025-06-23, an ISO date-time, 23/06/2025, 23.06.2025 or 23 juin 2025)");
    public static readonly ReasonTemplate YearOutOfRange = new(nameof(YearOutOfRange), "'{0}' in published is in {1:D}, outside {2:D} to {3:D}");
    public static readonly ReasonTemplate ItemTooLong = new(nameof(ItemTooLong), "longer than the {0:N0}-byte limit on an item");
    public static readonly ReasonTemplate LineNotUtf8 = new(nameof(LineNotUtf8), "not valid UTF-8 (a JSONL file must be UTF-8)");
    public static readonly ReasonTemplate NotAnObject = new(nameof(NotAnObject), "a JSON {0}, not an object");
    public static readonly ReasonTemplate NumberForText = new(nameof(NumberForText), "'{0}' is a number, not text");
    public static readonly ReasonTemplate ArrayForText = new(nameof(ArrayForText), "'{0}' is an array, not text");
    public static readonly ReasonTemplate ObjectForText = new(nameof(ObjectForText), "'{0}' is an object, not text");
    public static readonly ReasonTemplate BooleanForText = new(nameof(BooleanForText), "'{0}' is true or false, not text");
    public static readonly ReasonTemplate NotJson = new(nameof(NotJson), "not valid JSON (from character {0:D} on)");
    public static readonly ReasonTemplate FieldCount = new(nameof(FieldCount), "{0:D} field(s) where the header names {1:D}");
    public static readonly ReasonTemplate RecordNotUtf8 = new(nameof(RecordNotUtf8), "holds bytes that are not valid UTF-8");
    public static readonly ReasonTemplate EntryClimbsOut = new(nameof(EntryClimbsOut), "its path climbs out of the ZIP's folder (absolute, or with '..'): refused");
    public static readonly ReasonTemplate EntryNotArticle = new(nameof(EntryNotArticle), "a '{0}' file: only .txt and .html entries hold articles");
    public static readonly ReasonTemplate EntryTooLarge = new(nameof(EntryTooLarge), "expands to {0:N0} bytes, more than the {1:N0}-byte limit on an item");
    public static readonly ReasonTemplate EntryTooCompressed = new(nameof(EntryTooCompressed), "compressed {0:N0} to 1, beyond the {1:N0} to 1 limit: refused as a zip bomb");
    public static readonly ReasonTemplate EntryBroken = new(nameof(EntryBroken), "cannot be expanded: {0}");
    public static readonly ReasonTemplate EntryExpandsBeyond = new(nameof(EntryExpandsBeyond), "expands beyond the {0:N0}-byte limit on an item, whatever its header says: refused");
    public static readonly ReasonTemplate EntryBinary = new(nameof(EntryBinary), "not text (binary content)");
    public static readonly ReasonTemplate NoText = new(nameof(NoText), "no text once control characters are removed");
    public static readonly ReasonTemplate UrlTooLong = new(nameof(UrlTooLong), "its URL has {0:N0} characters, more than the {1:N0} allowed");
    public static readonly ReasonTemplate NotWebAddress = new(nameof(NotWebAddress), "its URL '{0}' is not an http or https address");
    public static readonly ReasonTemplate OutletTooLong = new(nameof(OutletTooLong), "its outlet has {0:N0} characters, more than the {1:N0} allowed");
    public static readonly ReasonTemplate AuthorTooLong = new(nameof(AuthorTooLong), "its author has {0:N0} characters, more than the {1:N0} allowed");
    public static readonly ReasonTemplate TitleShortened = new(nameof(TitleShortened), "title shortened from {0:N0} to {1:N0} characters");
    public static readonly ReasonTemplate SameUrlAsArticle = new(nameof(SameUrlAsArticle), "same URL as article {0:D}");
    public static readonly ReasonTemplate SameUrlInBatch = new(nameof(SameUrlInBatch), "same URL as an earlier item of this batch");
    public static readonly ReasonTemplate SameTextAsArticle = new(nameof(SameTextAsArticle), "same text as article {0:D}");
    public static readonly ReasonTemplate SameTextInBatch = new(nameof(SameTextInBatch), "same text as an earlier item of this batch");
    public static readonly ReasonTemplate DatabaseRefused = new(nameof(DatabaseRefused), "the database refused it: {0}");

    // Files: why one could not be read (further), or what was noted about it.
    public static readonly ReasonTemplate NotABatchFile = new(nameof(NotABatchFile), "'{0}' is not a batch file this importer reads ({1}): give a .jsonl, .csv or .zip file");
    public static readonly ReasonTemplate FileEmpty = new(nameof(FileEmpty), "the file is empty");
    public static readonly ReasonTemplate CsvEmpty = new(nameof(CsvEmpty), "the file is empty: a CSV needs a header row (url,title,outlet,published,text,html)");
    public static readonly ReasonTemplate FileNotText = new(nameof(FileNotText), "not a text file (it holds NUL bytes): a {0} batch is text, UTF-8 at best");
    public static readonly ReasonTemplate FileBlank = new(nameof(FileBlank), "the file holds only blank lines");
    public static readonly ReasonTemplate CsvFieldTooLong = new(nameof(CsvFieldTooLong), "record {0:D} has a field longer than the {1:N0}-byte limit; the records before it were read, the rest of the file was not");
    public static readonly ReasonTemplate CsvNoTextColumn = new(nameof(CsvNoTextColumn), "the header has no 'text' and no 'html' column, so no record can hold an article; it names: {0}");
    public static readonly ReasonTemplate CsvNotUtf8 = new(nameof(CsvNotUtf8), "the file is not UTF-8; it was read as Windows-1252");
    public static readonly ReasonTemplate NotZip = new(nameof(NotZip), "not a ZIP file ({0})");
    public static readonly ReasonTemplate ZipTooManyEntries = new(nameof(ZipTooManyEntries), "the ZIP holds {0:N0} entries, more than the limit of {1:N0}");
    public static readonly ReasonTemplate ZipTooLarge = new(nameof(ZipTooLarge), "the ZIP would expand to {0:N0} bytes, more than the limit of {1:N0}: refused as a zip bomb");
    public static readonly ReasonTemplate StoppedDuringImport = new(nameof(StoppedDuringImport), "the application stopped during the import: import the same file to resume it");

    /// <summary>Every template, the more particular first where two could read one message.</summary>
    public static IReadOnlyList<ReasonTemplate> All { get; } = typeof(ImportReasons).GetFields()
        .Where(f => f.FieldType == typeof(ReasonTemplate)).Select(f => (ReasonTemplate)f.GetValue(null)!)
        .OrderByDescending(t => t.English.Length).ToList();

    /// <summary>The template a stored message was written by, and its arguments; null for one no template wrote.</summary>
    public static (ReasonTemplate Template, string[] Arguments)? Read(string message)
    {
        foreach (var template in All)
            if (template.TryRead(message, out var arguments))
                return (template, arguments);
        return null;
    }
}
