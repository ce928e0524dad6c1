using System.Security.Cryptography;
using System.Text;

namespace MedEd.Classification.Text;

/// <summary>
/// Curated term lists (diseases, drugs, procedures, tests, community hashtags) per category, used
/// as extra features of the model so that a post naming a term the training posts never used is
/// still placed. Terms are normalised like posts and matched as whole token sequences (up to
/// <see cref="MaxTermTokens"/> tokens), in one pass over the post. Immutable and thread-safe.
/// </summary>
internal sealed class Lexicon
{
    public const int MaxTermTokens = 4;
    private const string ResourceName = "MedEd.Classification.Text.topic-terms.txt";

    private static readonly Lazy<Lexicon> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, int[]> _terms;

    private Lexicon(IReadOnlyList<string> categories, Dictionary<string, int[]> terms, string sha256)
    {
        Categories = categories;
        _terms = terms;
        Sha256 = sha256;
    }

    public static Lexicon Default => s_default.Value;

    /// <summary>The categories, in feature order.</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>SHA-256 of the term file: a model records it, and a different file needs a retrained model.</summary>
    public string Sha256 { get; }

    /// <summary>One feature per category: the number of term occurrences in the normalised text, capped at 3 and scaled to [0, 1].</summary>
    public float[] Features(string normalizedText)
    {
        var features = new float[Categories.Count];
        if (normalizedText.Length == 0)
        {
            return features;
        }

        var tokens = normalizedText.Split(' ');
        var lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var end = start;
            for (var n = 0; n < MaxTermTokens && i + n < tokens.Length; n++)
            {
                end += (n == 0 ? 0 : 1) + tokens[i + n].Length;
                if (lookup.TryGetValue(normalizedText.AsSpan(start, end - start), out var categories))
                {
                    foreach (var c in categories)
                    {
                        features[c] = Math.Min(1f, features[c] + (1f / 3f));
                    }
                }
            }

            start += tokens[i].Length + 1;
        }

        return features;
    }

    internal static Lexicon Parse(string content, string sourceName)
    {
        var categories = new List<string>();
        var terms = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[^1] == ']')
            {
                categories.Add(line[1..^1].Trim());
                continue;
            }

            if (categories.Count == 0)
            {
                throw new InvalidDataException($"{sourceName}, line {lineNumber}: a term before the first [category] header.");
            }

            var key = TextNormalizer.Normalize(line);
            if (key.Length == 0 || key.Split(' ').Length > MaxTermTokens)
            {
                throw new InvalidDataException($"{sourceName}, line {lineNumber}: '{line}' must have 1 to {MaxTermTokens} words.");
            }

            if (!terms.TryGetValue(key, out var list))
            {
                terms[key] = list = [];
            }

            if (!list.Contains(categories.Count - 1))
            {
                list.Add(categories.Count - 1);
            }
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        return new Lexicon(categories, terms.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), sha);
    }

    private static Lexicon LoadDefault()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the library.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), "topic-terms.txt");
    }
}
