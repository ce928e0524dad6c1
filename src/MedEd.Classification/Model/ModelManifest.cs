namespace MedEd.Classification.Model;

/// <summary>
/// What a model file says about itself: its labels, the topic thresholds, the text normalisation
/// and signal features it was trained with, and how it was made. Stored as JSON beside the
/// ML.NET pipeline in the model file.
/// </summary>
internal sealed record ModelManifest
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public required string ModelVersion { get; init; }

    public required string Normalizer { get; init; }

    public required IReadOnlyList<string> SignalFeatures { get; init; }

    /// <summary>The term-list categories, in feature order.</summary>
    public required IReadOnlyList<string> LexiconFeatures { get; init; }

    /// <summary>SHA-256 of the term lists the model was trained with; null when trained without them.</summary>
    public string? LexiconSha256 { get; init; }

    public required IReadOnlyList<string> Topics { get; init; }

    public required IReadOnlyList<float> TopicThresholds { get; init; }

    public required IReadOnlyList<string> ContentTypes { get; init; }

    public required IReadOnlyList<string> CredibilityBands { get; init; }

    /// <summary>The credibility value of each band, from 0 to 1 (the score is 100 × the expected value).</summary>
    public required IReadOnlyList<float> CredibilityValues { get; init; }

    /// <summary>Which credibility head the pipeline ends with.</summary>
    public Training.CredibilityModelKind CredibilityModel { get; init; } = Training.CredibilityModelKind.Linear;

    public int Seed { get; init; }

    public string? DataSha256 { get; init; }

    /// <summary>SHA-256 of <c>pipeline.zip</c>, written at save and checked at load.</summary>
    public string? PipelineSha256 { get; init; }

    public string? MlNetVersion { get; init; }

    public DateTimeOffset? TrainedAt { get; init; }
}
