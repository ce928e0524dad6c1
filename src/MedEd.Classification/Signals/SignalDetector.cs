namespace MedEd.Classification.Signals;

/// <summary>
/// Runs every signal rule over a post and returns the signals with their evidence spans and the
/// feature vector the credibility model reads. Immutable and thread-safe.
/// </summary>
internal sealed class SignalDetector
{
    private const string ResourceName = "MedEd.Classification.Signals.signals.rules";

    private static readonly Lazy<SignalDetector> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IReadOnlyList<SignalRule> _rules;

    public SignalDetector(IReadOnlyList<SignalRule> rules)
    {
        _rules = rules;
        var ids = new string[rules.Count + 1];
        for (var i = 0; i < rules.Count; i++)
        {
            ids[i] = rules[i].Id;
        }

        ids[^1] = SignalIds.AuthorCredentials;
        FeatureIds = ids;
    }

    /// <summary>The detectors of the rule file embedded in the library.</summary>
    public static SignalDetector Default => s_default.Value;

    /// <summary>The id of each feature, in feature order: one per rule, then the authorship signal.</summary>
    public IReadOnlyList<string> FeatureIds { get; }

    public DetectedSignals Detect(string text, string? authorHandle = null, string? authorBio = null, DateTimeOffset? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Text.CharFolding.FoldWithMap(text, out var map);
        var features = new float[FeatureIds.Count];
        var found = new List<CredibilitySignal>();
        for (var i = 0; i < _rules.Count; i++)
        {
            var evidence = FindEvidence(_rules[i], text, folded, map);
            if (evidence is not null)
            {
                features[i] = 1f;
                found.Add(new CredibilitySignal(_rules[i].Id, _rules[i].Polarity, evidence));
            }
        }

        var author = new List<SignalEvidence>();
        AuthorCredentials.Find(authorHandle, TextSource.AuthorHandle, author);
        AuthorCredentials.Find(authorBio, TextSource.AuthorBio, author);
        if (author.Count > 0)
        {
            features[^1] = 1f;
            found.Add(new CredibilitySignal(SignalIds.AuthorCredentials, SignalPolarity.Positive, author));
        }

        // Reported, not a model feature: the corpus carries no post times to learn a weight from.
        if (Currency.OutdatedYears(text, createdAt) is { } outdated)
        {
            found.Add(new CredibilitySignal(SignalIds.OutdatedReference, SignalPolarity.Negative, outdated));
        }

        return new DetectedSignals(found, features);
    }

    private static List<SignalEvidence>? FindEvidence(SignalRule rule, string original, string folded, int[]? map)
    {
        List<SignalEvidence>? evidence = null;
        foreach (var pattern in rule.Patterns)
        {
            foreach (var m in pattern.EnumerateMatches(folded))
            {
                var (start, length) = Trim(folded, m.Index, m.Length);
                if (length == 0)
                {
                    continue;
                }

                // Map the span back into the original text, which may hold characters that folding dropped.
                var origStart = map is null ? start : map[start];
                var origEnd = map is null ? start + length : map[start + length - 1] + 1;
                evidence ??= [];
                evidence.Add(new SignalEvidence(origStart, origEnd - origStart, original[origStart..origEnd]));
            }
        }

        evidence?.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return evidence;
    }

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private static SignalDetector LoadDefault()
    {
        using var stream = typeof(SignalDetector).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the library.");
        using var reader = new StreamReader(stream);
        return new SignalDetector(SignalRuleParser.Parse(reader, "signals.rules"));
    }
}
