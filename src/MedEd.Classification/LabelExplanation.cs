namespace MedEd.Classification;

/// <summary>Why the model gave a post one label: the features that pushed that label's score most.</summary>
/// <param name="Head">Which prediction: <c>"topic"</c>, <c>"content-type"</c> or <c>"credibility"</c>.</param>
/// <param name="Label">The predicted label.</param>
/// <param name="Probability">The label's probability.</param>
/// <param name="Contributions">The strongest contributions, largest absolute value first.</param>
public sealed record LabelExplanation(string Head, string Label, float Probability, IReadOnlyList<FeatureContribution> Contributions);
