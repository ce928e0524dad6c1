namespace MedEd.Classification.Evaluation;

/// <summary>Precision, recall and F1 of one label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Support">How many posts carry the label in the gold data.</param>
/// <param name="Predicted">How many posts the model gave the label.</param>
/// <param name="TruePositives">How many posts carry the label in both.</param>
public sealed record LabelMetrics(string Label, int Support, int Predicted, int TruePositives)
{
    /// <summary>TruePositives / Predicted; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TruePositives / Support; 0 when the label has no support.</summary>
    public double Recall => Support == 0 ? 0 : (double)TruePositives / Support;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Support + Predicted == 0 ? 0 : 2.0 * TruePositives / (Support + Predicted);
}
