namespace MedEd.Classification;

/// <summary>Options of a <see cref="PostClassifier"/>, checked when the classifier is loaded. Immutable.</summary>
public sealed record ClassifierOptions
{
    /// <summary>The largest accepted value of <see cref="MaxTextLength"/>.</summary>
    public const int MaxTextLengthLimit = 1_000_000;

    /// <summary>
    /// The longest text classified in full, in UTF-16 characters. Default 10,000 (posts are a few
    /// hundred characters; a long LinkedIn post a few thousand). Valid range 1 to <see cref="MaxTextLengthLimit"/>.
    /// </summary>
    public int MaxTextLength { get; init; } = 10_000;

    /// <summary>What to do with a longer text. Default <see cref="LongTextBehavior.Truncate"/>.</summary>
    public LongTextBehavior LongText { get; init; } = LongTextBehavior.Truncate;

    /// <summary>Whether results carry the probability of every topic in <see cref="ClassificationResult.AllTopicProbabilities"/>. Default false.</summary>
    public bool IncludeAllTopicProbabilities { get; init; }

    internal void Validate()
    {
        if (MaxTextLength is < 1 or > MaxTextLengthLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxTextLength),
                MaxTextLength,
                $"MaxTextLength must be between 1 and {MaxTextLengthLimit:N0}; it was {MaxTextLength}.");
        }

        if (!Enum.IsDefined(LongText))
        {
            throw new ArgumentOutOfRangeException(nameof(LongText), LongText, "LongText must be Truncate or Throw.");
        }
    }
}
