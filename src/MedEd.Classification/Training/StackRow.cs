namespace MedEd.Classification.Training;

/// <summary>A row of the stacked credibility head: out-of-fold band and content-type probabilities, signal features, and the band.</summary>
internal sealed class StackRow
{
    public float[] StackFeatures { get; set; } = [];

    public uint Label { get; set; }
}
