using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace MedEd.Classification.Cli.Input;

/// <summary>Reads posts from an input stream, lazily, one record at a time: every row yields a record, readable or not.</summary>
internal static class PostReader
{
    public static InputFormat Resolve(InputFormat format, string source) => format != InputFormat.Auto
        ? format
        : Path.GetExtension(source).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            ".csv" => InputFormat.Csv,
            ".tsv" or ".tab" => InputFormat.Tsv,
            _ => InputFormat.Lines,
        };

    public static IEnumerable<InputRecord> Read(TextReader reader, string source, InputFormat format, string textColumn) =>
        Resolve(format, source) switch
        {
            InputFormat.Jsonl => ReadJsonLines(reader, source, textColumn),
            InputFormat.Csv => ReadDelimited(reader, source, ",", textColumn),
            InputFormat.Tsv => ReadDelimited(reader, source, "\t", textColumn),
            _ => ReadLines(reader, source),
        };

    private static IEnumerable<InputRecord> ReadLines(TextReader reader, string source)
    {
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            yield return new InputRecord(source, line, null, new Post(text), null);
        }
    }

    private static IEnumerable<InputRecord> ReadJsonLines(TextReader reader, string source, string textColumn)
    {
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            yield return ParseJson(text, source, line, textColumn);
        }
    }

    private static InputRecord ParseJson(string text, string source, long line, string textColumn)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputRecord(source, line, null, null, $"expected a JSON object, found {root.ValueKind}");
            }

            var id = root.TryGetProperty("id", out var idValue) ? idValue.ToString() : null;
            if (!root.TryGetProperty(textColumn, out var value) || value.ValueKind != JsonValueKind.String)
            {
                return new InputRecord(source, line, id, null, $"no string field '{textColumn}' (choose the field with --text-column)");
            }

            DateTimeOffset? createdAt = null;
            if (OptionalString(root, "created_at") is { } time)
            {
                if (!DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return new InputRecord(source, line, id, null, $"field 'created_at' is not a date and time: '{time}' (use ISO 8601, e.g. 2024-05-01T12:00:00Z)");
                }

                createdAt = parsed;
            }

            return new InputRecord(source, line, id, new Post(value.GetString()!)
            {
                AuthorHandle = OptionalString(root, "author"),
                AuthorBio = OptionalString(root, "author_bio"),
                CreatedAt = createdAt,
            }, null);
        }
        catch (JsonException e)
        {
            return new InputRecord(source, line, null, null, "not valid JSON: " + e.Message);
        }
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<InputRecord> ReadDelimited(TextReader reader, string source, string delimiter, string textColumn)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            Mode = delimiter == "\t" ? CsvMode.Escape : CsvMode.RFC4180,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            yield break;
        }

        var header = csv.HeaderRecord ?? [];
        var textIndex = Array.FindIndex(header, h => string.Equals(h.Trim(), textColumn, StringComparison.OrdinalIgnoreCase));
        if (textIndex < 0)
        {
            throw new CliException($"{source}: the header has no column '{textColumn}' (it has: {string.Join(", ", header)}). Name the text column with --text-column.");
        }

        var idIndex = Array.FindIndex(header, h => string.Equals(h.Trim(), "id", StringComparison.OrdinalIgnoreCase));
        long record = 0;
        while (csv.Read())
        {
            record++;
            var text = csv.TryGetField<string>(textIndex, out var t) ? t : null;
            var id = idIndex >= 0 && csv.TryGetField<string>(idIndex, out var i) ? i : null;
            yield return text is null
                ? new InputRecord(source, record, id, null, $"the record has no field {textIndex + 1} ('{textColumn}')")
                : new InputRecord(source, record, id, new Post(text), null);
        }
    }
}
