namespace MedEd.Classification.Training;

/// <summary>Options of the trainer. Immutable; the defaults train the shipped model.</summary>
public sealed record TrainerOptions
{
    /// <summary>The random seed; the same data, options and seed give the same model. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// L2 regularisation of the topic heads (logistic regression). Default 0.003, chosen on the dev
    /// split (text features are L2-normalised, so useful weights are large); valid range 0 to 1,000.
    /// </summary>
    public float TopicL2 { get; init; } = 0.003f;

    /// <summary>L2 regularisation of the content-type and credibility heads (maximum entropy). Default 0.02, chosen on the dev split; valid range 0 to 1,000.</summary>
    public float ClassL2 { get; init; } = 0.02f;

    /// <summary>
    /// Which credibility head to ship: <see cref="CredibilityModelKind.Auto"/> (default) trains both
    /// and keeps the one with the higher band macro-F1 on the dev split.
    /// </summary>
    public CredibilityModelKind CredibilityModel { get; init; } = CredibilityModelKind.Auto;

    /// <summary>Whether the curated term lists feed the model as features. Default true.</summary>
    public bool UseLexicon { get; init; } = true;

    /// <summary>
    /// Whether the topic heads also train on term-list-only copies of the posts that name a listed
    /// term, so that they rely on the term lists where the wording is unlike the corpus. Default true.
    /// </summary>
    public bool TermListCopies { get; init; } = true;

    /// <summary>Longest word n-gram of the text features. Default 2; valid range 1 to 3.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-gram length of the text features (all lengths from 1 up to it). Default 4; valid range 2 to 6.</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>Number of folds for choosing thresholds when no dev split is given. Default 3; valid range 2 to 10.</summary>
    public int ThresholdFolds { get; init; } = 3;

    /// <summary>Whether the final model is refitted on train and dev together after the thresholds are chosen on dev. Default true.</summary>
    public bool RefitOnDev { get; init; } = true;

    /// <summary>The version written into the model; default the training date (yyyy.MM.dd, UTC).</summary>
    public string? ModelVersion { get; init; }

    internal void Validate()
    {
        Range(TopicL2, 0, 1000, nameof(TopicL2));
        Range(ClassL2, 0, 1000, nameof(ClassL2));
        Range(WordNgramLength, 1, 3, nameof(WordNgramLength));
        Range(CharNgramLength, 2, 6, nameof(CharNgramLength));
        Range(ThresholdFolds, 2, 10, nameof(ThresholdFolds));
    }

    private static void Range(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}; it was {value}.");
        }
    }
}
