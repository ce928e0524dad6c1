namespace MedEd.Classification.Training;

/// <summary>The credibility head of a model.</summary>
public enum CredibilityModelKind
{
    /// <summary>Train both heads and keep the better on the dev split (linear when there is no dev split).</summary>
    Auto,

    /// <summary>Maximum entropy over the text, signal and term-list features.</summary>
    Linear,

    /// <summary>Gradient-boosted trees (FastTree) over the linear text models' out-of-fold probabilities and the signal features.</summary>
    Stacked,
}
