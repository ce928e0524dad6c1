namespace MedEd.Classification.Training;

/// <summary>The labels a data set may use, for validating it. Immutable.</summary>
public sealed record LabelSchema
{
    /// <summary>The labels of the specification v1 that the default model is trained on.</summary>
    public static LabelSchema Default { get; } = new()
    {
        Topics = MedEd.Classification.Topics.All,
        ContentTypes = MedEd.Classification.ContentTypes.All,
        CredibilityBands = MedEd.Classification.CredibilityBands.All,
        Signals = SignalIds.TextSignals,
    };

    /// <summary>The allowed topic ids.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>The allowed content-type ids.</summary>
    public required IReadOnlyList<string> ContentTypes { get; init; }

    /// <summary>The allowed credibility bands.</summary>
    public required IReadOnlyList<string> CredibilityBands { get; init; }

    /// <summary>The allowed signal ids.</summary>
    public required IReadOnlyList<string> Signals { get; init; }
}
