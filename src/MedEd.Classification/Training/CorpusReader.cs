using System.Globalization;
using System.Text.Json;

namespace MedEd.Classification.Training;

/// <summary>
/// Reads labelled posts in the corpus format (JSON Lines, one object a line, UTF-8; see the label
/// specification, section 5) and checks every record. Errors name the file, line and field.
/// </summary>
public static class CorpusReader
{
    /// <summary>Reads and validates a JSON Lines corpus file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="labels">When given, every label must be one of these; null accepts any label.</param>
    /// <param name="requireSignals">Whether every record must carry a <c>signals</c> array (the test split does).</param>
    /// <returns>The posts, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A record is invalid, or an id or text occurs twice; the message names file, line and field.</exception>
    public static IReadOnlyList<LabeledPost> ReadJsonLines(string path, LabelSchema? labels = null, bool requireSignals = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No corpus file at '{path}'.", path);
        }

        var name = Path.GetFileName(path);
        var posts = new List<LabeledPost>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}:{lineNumber}");
            if (string.IsNullOrWhiteSpace(line))
            {
                throw new InvalidDataException($"{where}: blank line; every line must be one JSON object.");
            }

            var post = ParseRecord(line, where, labels, requireSignals);
            if (ids.TryGetValue(post.Id, out var first))
            {
                throw new InvalidDataException($"{where}: field 'id': '{post.Id}' was already used on line {first}.");
            }

            var key = TextKey(post.Text);
            if (texts.TryGetValue(key, out var same))
            {
                throw new InvalidDataException($"{where}: field 'text': the same text as line {same}.");
            }

            ids[post.Id] = lineNumber;
            texts[key] = lineNumber;
            posts.Add(post);
        }

        if (posts.Count == 0)
        {
            throw new InvalidDataException($"{name}: the file has no records.");
        }

        return posts;
    }

    /// <summary>The text with case, punctuation and spacing removed: two posts with the same key are the same post.</summary>
    internal static string TextKey(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    private static LabeledPost ParseRecord(string line, string where, LabelSchema? labels, bool requireSignals)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: not valid JSON: {e.Message}", e);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{where}: expected a JSON object, found {root.ValueKind}.");
            }

            var id = RequiredString(root, "id", where);
            var text = RequiredString(root, "text", where, allowEmpty: true);
            var topics = StringArray(root, "topics", where, required: true)!;
            var contentType = RequiredString(root, "content_type", where);
            var credibility = RequiredString(root, "credibility", where);
            var signals = StringArray(root, "signals", where, required: requireSignals);
            var lang = root.TryGetProperty("lang", out var l) ? AsString(l, "lang", where) : "en";
            if (labels is not null)
            {
                Check(topics, labels.Topics, "topics", where);
                Check([contentType], labels.ContentTypes, "content_type", where);
                Check([credibility], labels.CredibilityBands, "credibility", where);
                Check(signals ?? [], labels.Signals, "signals", where);
            }

            return new LabeledPost(id, text)
            {
                Topics = topics,
                ContentType = contentType,
                Credibility = credibility,
                Signals = signals,
                Lang = lang,
                Source = where,
            };
        }
    }

    private static string RequiredString(JsonElement root, string field, string where, bool allowEmpty = false)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            throw new InvalidDataException($"{where}: field '{field}' is missing.");
        }

        var s = AsString(value, field, where);
        if (!allowEmpty && s.Length == 0)
        {
            throw new InvalidDataException($"{where}: field '{field}' is empty.");
        }

        return s;
    }

    private static string AsString(JsonElement value, string field, string where) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: field '{field}' must be a string, found {value.ValueKind}.");

    private static string[]? StringArray(JsonElement root, string field, string where, bool required)
    {
        if (!root.TryGetProperty(field, out var value))
        {
            return required ? throw new InvalidDataException($"{where}: field '{field}' is missing.") : null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{where}: field '{field}' must be an array of strings, found {value.ValueKind}.");
        }

        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            items[i++] = AsString(item, field, where);
        }

        if (items.Distinct(StringComparer.Ordinal).Count() != items.Length)
        {
            throw new InvalidDataException($"{where}: field '{field}' lists a label twice.");
        }

        return items;
    }

    private static void Check(IEnumerable<string> values, IReadOnlyList<string> allowed, string field, string where)
    {
        foreach (var v in values)
        {
            if (!allowed.Contains(v, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"{where}: field '{field}': unknown label '{v}'. Known labels: {string.Join(", ", allowed)}.");
            }
        }
    }
}
