namespace MedEd.Classification.Training;

/// <summary>The class probabilities a single-label head writes for one row.</summary>
internal sealed class ScoreRow
{
    public float[] Score { get; set; } = [];
}
