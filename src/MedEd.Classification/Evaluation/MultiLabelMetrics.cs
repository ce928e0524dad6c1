namespace MedEd.Classification.Evaluation;

/// <summary>Metrics of a multi-label head (topics) or of the signal detectors.</summary>
/// <param name="PerLabel">Per-label metrics, in the model's label order.</param>
public sealed record MultiLabelMetrics(IReadOnlyList<LabelMetrics> PerLabel)
{
    /// <summary>Precision over all label decisions pooled.</summary>
    public double MicroPrecision => Ratio(PerLabel.Sum(l => l.TruePositives), PerLabel.Sum(l => l.Predicted));

    /// <summary>Recall over all label decisions pooled.</summary>
    public double MicroRecall => Ratio(PerLabel.Sum(l => l.TruePositives), PerLabel.Sum(l => l.Support));

    /// <summary>F1 over all label decisions pooled.</summary>
    public double MicroF1 => Ratio(2.0 * PerLabel.Sum(l => l.TruePositives), PerLabel.Sum(l => l.Support + l.Predicted));

    /// <summary>The unweighted mean of the per-label F1 over labels with support.</summary>
    public double MacroF1 => PerLabel.Where(l => l.Support > 0).Select(l => l.F1).DefaultIfEmpty(0).Average();

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;
}
