namespace MedEd.Classification;

/// <summary>What the classifier does with a text longer than <see cref="ClassifierOptions.MaxTextLength"/>.</summary>
public enum LongTextBehavior
{
    /// <summary>Classify the first <see cref="ClassifierOptions.MaxTextLength"/> characters and set <see cref="ClassificationResult.Truncated"/>.</summary>
    Truncate,

    /// <summary>Throw <see cref="ArgumentOutOfRangeException"/>.</summary>
    Throw,
}
