namespace MedEd.Classification;

/// <summary>The explanation of a classification: per predicted label, the features that contributed most. Immutable.</summary>
/// <param name="Result">The classification being explained.</param>
/// <param name="Labels">One explanation per predicted topic, then the content type, then the credibility band.</param>
public sealed record Explanation(ClassificationResult Result, IReadOnlyList<LabelExplanation> Labels);
