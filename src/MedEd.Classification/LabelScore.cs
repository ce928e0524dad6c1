namespace MedEd.Classification;

/// <summary>A label with the model's probability for it.</summary>
/// <param name="Label">The label id, for example <c>"hematology"</c>.</param>
/// <param name="Probability">The probability, from 0 to 1.</param>
public readonly record struct LabelScore(string Label, float Probability);
