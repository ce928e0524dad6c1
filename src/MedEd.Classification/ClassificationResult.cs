namespace MedEd.Classification;

/// <summary>What the classifier says of one post. Immutable.</summary>
public sealed record ClassificationResult
{
    /// <summary>The topics whose probability reached their threshold, most probable first; empty when none did.</summary>
    public required IReadOnlyList<LabelScore> Topics { get; init; }

    /// <summary>
    /// The probability of every topic of the model, in the model's topic order, when
    /// <see cref="ClassifierOptions.IncludeAllTopicProbabilities"/> is set; otherwise empty.
    /// </summary>
    public required IReadOnlyList<LabelScore> AllTopicProbabilities { get; init; }

    /// <summary>The most probable content type, for example <see cref="ContentTypes.Teaching"/>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The probability of every content type, most probable first.</summary>
    public required IReadOnlyList<LabelScore> ContentTypeProbabilities { get; init; }

    /// <summary>The credibility score, band and signals.</summary>
    public required CredibilityAssessment Credibility { get; init; }

    /// <summary>True when the text was longer than <see cref="ClassifierOptions.MaxTextLength"/> and only its start was classified.</summary>
    public bool Truncated { get; init; }
}
