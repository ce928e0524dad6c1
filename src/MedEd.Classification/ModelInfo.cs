namespace MedEd.Classification;

/// <summary>What a loaded model can predict and how it was made. Immutable.</summary>
public sealed record ModelInfo
{
    /// <summary>The model's version, set by the trainer (for example <c>"2026.11.25"</c>).</summary>
    public required string Version { get; init; }

    /// <summary>The topic ids, in the model's order.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>The decision threshold of each topic, in the order of <see cref="Topics"/>.</summary>
    public required IReadOnlyList<float> TopicThresholds { get; init; }

    /// <summary>The content-type ids, in the model's order.</summary>
    public required IReadOnlyList<string> ContentTypes { get; init; }

    /// <summary>The credibility bands, in the model's order.</summary>
    public required IReadOnlyList<string> CredibilityBands { get; init; }

    /// <summary>The ids of the signals the detectors can report.</summary>
    public required IReadOnlyList<string> Signals { get; init; }

    /// <summary>SHA-256 of the training data, as recorded by the trainer; null if unknown.</summary>
    public string? DataSha256 { get; init; }

    /// <summary>The ML.NET package version the model was trained with; null if unknown.</summary>
    public string? MlNetVersion { get; init; }

    /// <summary>When the model was trained; null if unknown.</summary>
    public DateTimeOffset? TrainedAt { get; init; }
}
