namespace MedEd.Classification.Evaluation;

/// <summary>Metrics of a single-label head (content type or credibility band).</summary>
/// <param name="PerLabel">Per-label metrics, in the model's label order.</param>
/// <param name="Confusion">Confusion matrix: <c>Confusion[gold][predicted]</c>, both in the order of <see cref="PerLabel"/>.</param>
/// <param name="Reliability">The reliability table of the top probability, ten equal bins.</param>
public sealed record SingleLabelMetrics(
    IReadOnlyList<LabelMetrics> PerLabel,
    IReadOnlyList<IReadOnlyList<int>> Confusion,
    IReadOnlyList<ReliabilityBin> Reliability)
{
    /// <summary>The share of posts whose predicted label is the gold one.</summary>
    public double Accuracy
    {
        get
        {
            var total = PerLabel.Sum(l => l.Support);
            return total == 0 ? 0 : (double)PerLabel.Sum(l => l.TruePositives) / total;
        }
    }

    /// <summary>The unweighted mean of the per-label F1 over labels with support.</summary>
    public double MacroF1 => PerLabel.Where(l => l.Support > 0).Select(l => l.F1).DefaultIfEmpty(0).Average();

    /// <summary>Expected calibration error of the top probability: the count-weighted mean gap between confidence and accuracy.</summary>
    public double ExpectedCalibrationError
    {
        get
        {
            var total = Reliability.Sum(b => b.Count);
            return total == 0 ? 0 : Reliability.Sum(b => b.Count * Math.Abs(b.MeanConfidence - b.Accuracy)) / total;
        }
    }
}
